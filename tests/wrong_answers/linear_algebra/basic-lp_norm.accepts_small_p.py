# cell: lp_norm-solution
# Computes the formula for every p, including p < 1.
def lp_norm(x, p):
    x = np.abs(np.asarray(x, dtype=float))
    if p == np.inf:
        return float(np.max(x))
    return float(np.sum(x ** p) ** (1 / p))
