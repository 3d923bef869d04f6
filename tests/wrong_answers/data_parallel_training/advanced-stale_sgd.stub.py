# cell: stale_sgd-solution
# Stub: zeros of the right shape.
def async_sgd(grad_fn, w0, batches, learning_rate, staleness):
    return np.zeros((len(batches) + 1,) + np.shape(w0))
