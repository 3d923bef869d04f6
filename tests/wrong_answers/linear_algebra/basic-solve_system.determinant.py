# cell: solve_system-solution
# Uses a small determinant as the test for ill-conditioning.
def solve_system(A, b, max_cond=1e10):
    A = np.asarray(A, dtype=float)
    b = np.asarray(b, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1]:
        raise ValueError(f"A must be square, got shape {A.shape}")
    if b.shape[0] != A.shape[0]:
        raise ValueError(f"b of shape {b.shape} does not match A of shape {A.shape}")
    if abs(np.linalg.det(A)) < 1 / max_cond:
        raise ValueError("A is ill-conditioned: its determinant is almost zero")
    return np.linalg.solve(A, b)
