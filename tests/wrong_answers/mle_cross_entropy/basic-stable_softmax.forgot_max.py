# cell: stable_softmax-solution
# Shifts by the maximum but forgets to add it back in log-sum-exp; softmax subtracts the mean instead of the max.
def softmax(z, axis=-1):
    z = np.asarray(z, dtype=float)
    exps = np.exp(z - np.mean(z, axis=axis, keepdims=True))
    return exps / np.sum(exps, axis=axis, keepdims=True)


def logsumexp(z, axis=-1):
    z = np.asarray(z, dtype=float)
    top = np.max(z, axis=axis, keepdims=True)
    return np.log(np.sum(np.exp(z - top), axis=axis))
