# cell: lp_norm-solution
# An equivalent in another library: scipy.linalg.norm.
import scipy.linalg

def lp_norm(x, p):
    if p < 1:
        raise ValueError("p must be at least 1")
    x = np.asarray(x, dtype=float)
    return float(scipy.linalg.norm(x, p)) if x.size else 0.0
