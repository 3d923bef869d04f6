# cell: add_matrices-solution
# Stub: zeros of the right shape.
def add_matrices(A, B):
    return np.zeros(np.shape(A))
