# cell: lp_norm-solution
# Writes the formula, but takes the L2 case from math.hypot, a library norm.
import math

def lp_norm(x, p):
    if p < 1:
        raise ValueError("p must be at least 1")
    x = np.abs(np.asarray(x, dtype=float))
    if x.size == 0:
        return 0.0
    if p == 2:
        return math.hypot(*x)
    if p == np.inf:
        return float(np.max(x))
    return float(np.sum(x ** p) ** (1 / p))
