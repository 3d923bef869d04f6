# cell: stale_sgd-solution
# Right simulation, but a negative or fractional staleness and a zero learning rate are not rejected.
def async_sgd(grad_fn, w0, batches, learning_rate, staleness):
    history = [np.array(w0, dtype=float)]
    for t, batch in enumerate(batches):
        gradient = np.asarray(grad_fn(history[max(t - int(staleness), 0)], batch), dtype=float)
        history.append(history[t] - learning_rate * gradient)
    return np.array(history)
