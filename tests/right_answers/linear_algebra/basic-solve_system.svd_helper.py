# cell: solve_system-solution
# Shape checks in a helper; the condition number from the singular values (largest / smallest).
def _check_shapes(A, b):
    if A.ndim != 2 or A.shape[0] != A.shape[1]:
        raise ValueError(f"A must be square, got shape {A.shape}")
    if b.ndim == 0 or b.ndim > 2 or len(b) != len(A):
        raise ValueError(f"b has shape {b.shape} but A has shape {A.shape}: they need the same number of rows")


def solve_system(A, b, max_cond=1e10):
    A = np.array(A, dtype=float)
    b = np.array(b, dtype=float)
    _check_shapes(A, b)
    sigma = np.linalg.svd(A, compute_uv=False)       # sorted from largest to smallest
    kappa = np.inf if sigma[-1] == 0 else sigma[0] / sigma[-1]
    if kappa > max_cond:
        raise ValueError(f"ill-conditioned matrix: condition number {kappa:.2e} exceeds {max_cond:.2e}")
    return np.linalg.solve(A, b)
