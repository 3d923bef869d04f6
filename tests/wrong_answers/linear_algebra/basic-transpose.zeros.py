# cell: transpose-solution
# Stub: zeros of the right shape.
def transpose(A):
    return np.zeros((len(A[0]), len(A)))
