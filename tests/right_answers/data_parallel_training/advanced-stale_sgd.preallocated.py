# cell: stale_sgd-solution
# Preallocates the (T + 1,) + shape array and fills it row by row, indexing the stale row directly.
def async_sgd(grad_fn, w0, batches, learning_rate, staleness):
    if not isinstance(staleness, (int, np.integer)) or staleness < 0:
        raise ValueError("staleness: an integer >= 0")
    if not (learning_rate > 0):
        raise ValueError("learning_rate must be > 0")
    batches = list(batches)
    T = len(batches)
    W = np.zeros((T + 1,) + np.shape(w0), dtype=np.float64)
    W[0] = w0
    for t in range(T):
        stale_index = t - staleness if t >= staleness else 0
        W[t + 1] = W[t] - learning_rate * np.asarray(grad_fn(W[stale_index], batches[t]))
    return W
