# cell: stale_sgd-solution
# Updates one array in place: every stored "old" parameter vector is the same object, so nothing is stale,
# and w0 itself changes.
def async_sgd(grad_fn, w0, batches, learning_rate, staleness):
    if not isinstance(staleness, (int, np.integer)) or staleness < 0:
        raise ValueError("staleness must be an integer >= 0")
    if not learning_rate > 0:
        raise ValueError("the learning rate must be positive")
    w = np.asarray(w0, dtype=float)
    history = [w]
    for t, batch in enumerate(batches):
        gradient = np.asarray(grad_fn(history[max(t - staleness, 0)], batch), dtype=float)
        w -= learning_rate * gradient
        history.append(w)
    return np.array([np.array(h) for h in history])
