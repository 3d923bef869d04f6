# cell: lp_norm-solution
# The distance from the origin, from scipy.spatial.distance: a library norm in disguise.
from scipy.spatial import distance

def lp_norm(x, p):
    if p < 1:
        raise ValueError("p must be at least 1")
    x = np.asarray(x, dtype=float)
    if x.size == 0:
        return 0.0
    if p == np.inf:
        return float(distance.chebyshev(x, np.zeros_like(x)))
    return float(distance.minkowski(x, np.zeros_like(x), p))
