# cell: kl_divergence-solution
# Entropy and cross-entropy are right, but the divergence is computed in the wrong direction, D_KL(Q || P).
def entropy(p):
    p = as_distribution(p)
    support = p > 0
    return float(-np.sum(p[support] * np.log(p[support])))


def cross_entropy(p, q):
    p, q = as_distribution(p), as_distribution(q)
    if p.shape != q.shape:
        raise ValueError("p and q must have the same shape")
    support = p > 0
    if np.any(q[support] == 0):
        return math.inf
    return float(-np.sum(p[support] * np.log(q[support])))


def kl_divergence(p, q):
    p, q = as_distribution(p), as_distribution(q)
    if p.shape != q.shape:
        raise ValueError("p and q must have the same shape")
    support = q > 0
    if np.any(p[support] == 0):
        return math.inf
    return float(-np.sum(q[support] * np.log(p[support] / q[support])))
