# cell: add_matrices-solution
# Refuses different shapes but does not say which shapes.
def add_matrices(A, B):
    A = np.asarray(A)
    B = np.asarray(B)
    if A.shape != B.shape:
        raise ValueError("the matrices must have the same shape")
    return A + B
