# cell: solve_system-solution
# Refuses cond(A) = max_cond too (>= instead of >).
def solve_system(A, b, max_cond=1e10):
    A = np.asarray(A, dtype=float)
    b = np.asarray(b, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1]:
        raise ValueError(f"A must be square, got shape {A.shape}")
    if b.ndim not in (1, 2) or b.shape[0] != A.shape[0]:
        raise ValueError(f"b of shape {b.shape} does not match A of shape {A.shape}")
    condition = np.linalg.cond(A)
    if condition >= max_cond or np.isnan(condition):
        raise ValueError(f"A is ill-conditioned: cond(A) = {condition:.3g}")
    return np.linalg.solve(A, b)
