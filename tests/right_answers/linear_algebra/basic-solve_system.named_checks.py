# cell: solve_system-solution
# Names each condition first (square, matching rows, well conditioned), then raises for the first that fails.
def solve_system(A, b, max_cond=1e10):
    A = np.array(A, dtype=float)
    b = np.array(b, dtype=float)
    square = A.ndim == 2 and A.shape[0] == A.shape[1]
    if not square:
        raise ValueError("A must be square, got shape " + str(A.shape))
    matching = b.ndim in (1, 2) and b.shape[0] == A.shape[0]
    if not matching:
        raise ValueError("b has shape %s but A has shape %s" % (b.shape, A.shape))
    kappa = np.linalg.cond(A)
    if np.isnan(kappa) or kappa > max_cond:
        raise ValueError("A is ill-conditioned: its condition number %.3g exceeds %.3g" % (kappa, max_cond))
    return np.linalg.solve(A, b)
