# cell: kl_divergence-solution
# Vectorised with np.log(..., where=...) so that only the terms with p_i > 0 are ever computed.
def entropy(p):
    p = as_distribution(p)
    log_p = np.log(p, out=np.zeros_like(p), where=p > 0)
    return float(-np.dot(p, log_p))


def cross_entropy(p, q):
    p, q = as_distribution(p), as_distribution(q)
    if p.shape != q.shape:
        raise ValueError("p and q need the same shape")
    if np.any((p > 0) & (q == 0)):
        return math.inf
    log_q = np.log(q, out=np.zeros_like(q), where=p > 0)
    return float(-np.dot(p, log_q))


def kl_divergence(p, q):
    p, q = as_distribution(p), as_distribution(q)
    if p.shape != q.shape:
        raise ValueError("p and q need the same shape")
    if np.any((p > 0) & (q == 0)):
        return math.inf
    ratio = np.divide(q, p, out=np.ones_like(p), where=p > 0)    # terms with p_i = 0 become log 1 = 0
    return float(-np.dot(p, np.log(ratio)))
