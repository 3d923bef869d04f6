# cell: solve_system-solution
# The shape checks as a table of (test, message) pairs run in order (lambdas, so the second only runs after the
# first passed); then the condition number, refusing infinite or NaN values too.
def solve_system(A, b, max_cond=1e10):
    shape_A, shape_b = np.shape(A), np.shape(b)
    shape_checks = [
        (lambda: len(shape_A) == 2 and shape_A[0] == shape_A[1],
         f"A must be square, got shape {shape_A}"),
        (lambda: len(shape_b) in (1, 2) and shape_b[0] == shape_A[0],
         f"b of shape {shape_b} does not fit A of shape {shape_A}"),
    ]
    for passes, message in shape_checks:
        if not passes():
            raise ValueError(message)
    matrix = np.asarray(A, dtype=float)
    kappa = np.linalg.cond(matrix)
    if not np.isfinite(kappa) or kappa > max_cond:
        raise ValueError(f"A is ill-conditioned: cond(A) = {kappa:.3g} > max_cond = {max_cond:.3g}")
    return np.linalg.solve(matrix, np.asarray(b, dtype=float))
