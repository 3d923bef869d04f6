# cell: matmul-solution
# Row i of C is a combination of the rows of B: add A[i][k] times row k of B, for each k in turn.
def matmul(A, B):
    m, n, p = len(A), len(A[0]), len(B[0])
    if len(B) != n:
        raise ValueError("cannot multiply shapes (%d, %d) and (%d, %d)" % (m, n, len(B), p))
    C = np.zeros((m, p))
    for i in range(m):
        for k in range(n):
            weight = A[i][k]
            for j in range(p):
                C[i, j] += weight * B[k][j]
    return C
