# cell: lp_norm-solution
# The absolute values as a Python list, then one case each: empty, p = inf, finite p.
def lp_norm(x, p):
    if not 1 <= p:
        raise ValueError("p must be at least 1 (or np.inf), got %r" % (p,))
    sizes = [abs(float(v)) for v in np.ravel(x)]
    if not sizes:
        return 0.0
    if np.isinf(p):
        return max(sizes)
    return float(sum(s ** p for s in sizes) ** (1 / p))
