# cell: stale_sgd-solution
# One step too stale: reads w_(t-k-1), so staleness 0 is already delayed.
def async_sgd(grad_fn, w0, batches, learning_rate, staleness):
    if not isinstance(staleness, (int, np.integer)) or staleness < 0:
        raise ValueError("staleness must be an integer >= 0")
    if not learning_rate > 0:
        raise ValueError("the learning rate must be positive")
    history = [np.array(w0, dtype=float)]
    for t, batch in enumerate(batches):
        read = history[max(t - staleness - 1, 0)]
        history.append(history[t] - learning_rate * np.asarray(grad_fn(read, batch), dtype=float))
    return np.array(history)
