# cell: error_bound-solution
# Multiplies the absolute residual by the condition number, without dividing by ||b||.
def relative_error_bound(A, x_hat, b):
    A, x_hat, b = (np.asarray(v, dtype=float) for v in (A, x_hat, b))
    if not np.any(b):
        raise ValueError("b is zero")
    return float(np.linalg.cond(A) * np.linalg.norm(b - A @ x_hat))
