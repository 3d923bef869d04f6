# cell: kl_divergence-solution
# Papers over log(0) with np.nan_to_num: the warnings remain, and an infinite divergence becomes a huge finite number.
def entropy(p):
    p = as_distribution(p)
    return float(-np.sum(np.nan_to_num(p * np.log(p))))


def cross_entropy(p, q):
    p, q = as_distribution(p), as_distribution(q)
    if p.shape != q.shape:
        raise ValueError("p and q must have the same shape")
    return float(-np.sum(np.nan_to_num(p * np.log(q))))


def kl_divergence(p, q):
    p, q = as_distribution(p), as_distribution(q)
    if p.shape != q.shape:
        raise ValueError("p and q must have the same shape")
    return float(-np.sum(np.nan_to_num(p * np.log(q / p))))
