# cell: stable_softmax-solution
# One helper computes the log-normaliser with keepdims; softmax is exp(z - log-normaliser), i.e. computed in log space.
def _log_normaliser(z, axis):
    m = np.amax(z, axis=axis, keepdims=True)
    return m + np.log(np.sum(np.exp(z - m), axis=axis, keepdims=True))


def softmax(z, axis=-1):
    z = np.asarray(z, dtype=float)
    return np.exp(z - _log_normaliser(z, axis))


def logsumexp(z, axis=-1):
    z = np.asarray(z, dtype=float)
    return np.squeeze(_log_normaliser(z, axis), axis=axis)
