# cell: add_matrices-solution
# Checks the shapes but adds in place, overwriting the caller's float matrix A.
def add_matrices(A, B):
    A = np.asarray(A)
    B = np.asarray(B)
    if A.shape != B.shape:
        raise ValueError(f"cannot add matrices of shapes {A.shape} and {B.shape}")
    A += B
    return A
