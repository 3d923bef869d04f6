# cell: matmul-solution
# Stub: zeros of the right shape.
def matmul(A, B):
    return np.zeros((len(A), len(B[0])))
