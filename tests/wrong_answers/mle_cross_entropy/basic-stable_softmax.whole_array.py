# cell: stable_softmax-solution
# Stable for 1-D input, but subtracts the maximum and normalises over the whole array, ignoring `axis`.
def softmax(z, axis=-1):
    z = np.asarray(z, dtype=float)
    exps = np.exp(z - z.max())
    return exps / exps.sum()


def logsumexp(z, axis=-1):
    z = np.asarray(z, dtype=float)
    top = z.max()
    return top + np.log(np.sum(np.exp(z - top)))
