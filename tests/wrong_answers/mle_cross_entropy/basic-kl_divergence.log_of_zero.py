# cell: kl_divergence-solution
# The formulas written literally: 0 * log(0) becomes nan (with RuntimeWarnings) when p has zeros.
def entropy(p):
    p = as_distribution(p)
    return float(-np.sum(p * np.log(p)))


def cross_entropy(p, q):
    p, q = as_distribution(p), as_distribution(q)
    if p.shape != q.shape:
        raise ValueError("p and q must have the same shape")
    return float(-np.sum(p * np.log(q)))


def kl_divergence(p, q):
    p, q = as_distribution(p), as_distribution(q)
    if p.shape != q.shape:
        raise ValueError("p and q must have the same shape")
    return float(-np.sum(p * np.log(q / p)))
