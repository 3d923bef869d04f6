# cell: lp_norm-solution
# Forgets the absolute values.
def lp_norm(x, p):
    if p < 1:
        raise ValueError("p must be at least 1")
    x = np.asarray(x, dtype=float)
    if p == np.inf:
        return float(np.max(x))
    return float(np.sum(x ** p) ** (1 / p))
