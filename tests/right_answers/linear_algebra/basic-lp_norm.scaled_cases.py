# cell: lp_norm-solution
# Separate cases for p = inf, p = 1 and general p; the general case divides by the largest entry first (no overflow).
def lp_norm(x, p):
    if not p >= 1:
        raise ValueError("p must be at least 1 (or np.inf)")
    a = np.abs(np.array(x, dtype=float))
    if len(a) == 0:
        return 0.0
    biggest = np.max(a)
    if p == np.inf or biggest == 0:
        return float(biggest)
    if p == 1:
        return float(np.sum(a))
    return float(biggest * np.sum((a / biggest) ** p) ** (1 / p))
