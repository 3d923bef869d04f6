# cell: lp_norm-solution
# Right formulas, but the L-infinity norm of the empty vector raises instead of returning 0.
def lp_norm(x, p):
    if p < 1:
        raise ValueError("p must be at least 1")
    x = np.abs(np.asarray(x, dtype=float))
    if p == np.inf:
        return float(np.max(x))
    return float(np.sum(x ** p) ** (1 / p))
