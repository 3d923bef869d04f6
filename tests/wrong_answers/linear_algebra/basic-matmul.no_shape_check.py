# cell: matmul-solution
# Correct loops, but never checks the inner dimensions.
def matmul(A, B):
    m, n, p = len(A), len(A[0]), len(B[0])
    C = np.zeros((m, p))
    for i in range(m):
        for j in range(p):
            C[i, j] = sum(A[i][k] * B[k][j] for k in range(min(n, len(B))))
    return C
