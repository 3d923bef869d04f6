# cell: kl_divergence-solution
# Base-2 logarithms (bits) instead of natural logarithms (nats).
def entropy(p):
    p = as_distribution(p)
    support = p > 0
    return float(-np.sum(p[support] * np.log2(p[support])))


def cross_entropy(p, q):
    p, q = as_distribution(p), as_distribution(q)
    if p.shape != q.shape:
        raise ValueError("p and q must have the same shape")
    support = p > 0
    if np.any(q[support] == 0):
        return math.inf
    return float(-np.sum(p[support] * np.log2(q[support])))


def kl_divergence(p, q):
    p, q = as_distribution(p), as_distribution(q)
    if p.shape != q.shape:
        raise ValueError("p and q must have the same shape")
    support = p > 0
    if np.any(q[support] == 0):
        return math.inf
    return float(-np.sum(p[support] * np.log2(q[support] / p[support])))
