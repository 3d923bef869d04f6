# cell: matmul-solution
# Pairs row i of A with row j of B (that is A B^T), a classic index slip.
def matmul(A, B):
    m, n, p = len(A), len(A[0]), len(B[0])
    if n != len(B):
        raise ValueError(f"cannot multiply shapes ({m}, {n}) and ({len(B)}, {p})")
    C = np.zeros((m, p))
    for i in range(m):
        for j in range(p):
            C[i, j] = sum(A[i][k] * B[j][k] for k in range(n))
    return C
