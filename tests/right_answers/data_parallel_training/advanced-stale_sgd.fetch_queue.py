# cell: stale_sgd-solution
# A parameter-server simulation: a FIFO of the parameters the workers fetched, at most k + 1 deep; each
# step's gradient is computed at the oldest fetch still in the queue.
from collections import deque


def async_sgd(grad_fn, w0, batches, learning_rate, staleness):
    if type(staleness) is bool or not isinstance(staleness, (int, np.integer)):
        raise ValueError("staleness must be an integer")
    if staleness < 0:
        raise ValueError("staleness must be >= 0")
    if math.isnan(learning_rate) or learning_rate <= 0:
        raise ValueError("the learning rate must be positive")
    w = np.array(w0, dtype=float)       # a copy: w0 itself never changes
    fetched = deque()
    trajectory = [w]
    for batch in batches:
        fetched.append(w)
        if len(fetched) > staleness + 1:
            fetched.popleft()
        g = grad_fn(fetched[0], batch)
        w = w - learning_rate * np.asarray(g, dtype=float)
        trajectory.append(w)
    return np.stack(trajectory).astype(float)
