# cell: stable_softmax-solution
# Stubs: a uniform softmax and a log-sum-exp of zeros, both of the right shape.
def softmax(z, axis=-1):
    z = np.asarray(z, dtype=float)
    return np.full_like(z, 1.0 / z.shape[axis])


def logsumexp(z, axis=-1):
    return np.zeros_like(np.sum(np.asarray(z, dtype=float), axis=axis))
