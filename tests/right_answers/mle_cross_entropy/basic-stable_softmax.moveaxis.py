# cell: stable_softmax-solution
# Moves the requested axis to the end, works on the last axis, and moves it back.
def softmax(z, axis=-1):
    last = np.moveaxis(np.asarray(z, dtype=float), axis, -1)
    shifted = last - last.max(axis=-1)[..., np.newaxis]
    weights = np.exp(shifted)
    result = weights / weights.sum(axis=-1)[..., np.newaxis]
    return np.moveaxis(result, -1, axis)


def logsumexp(z, axis=-1):
    last = np.moveaxis(np.asarray(z, dtype=float), axis, -1)
    peak = last.max(axis=-1)
    return peak + np.log(np.exp(last - peak[..., np.newaxis]).sum(axis=-1))
