# cell: error_bound-solution
# Mixes norms: the 1-norm condition number with 2-norm residuals.
def relative_error_bound(A, x_hat, b):
    A, x_hat, b = (np.asarray(v, dtype=float) for v in (A, x_hat, b))
    if not np.any(b):
        raise ValueError("b is zero")
    return float(np.linalg.cond(A, 1) * np.linalg.norm(b - A @ x_hat) / np.linalg.norm(b))
