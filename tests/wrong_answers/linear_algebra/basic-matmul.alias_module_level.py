# cell: matmul-solution
# Binds np.dot to a harmless-looking name at module level (as an earlier cell could) and calls it per entry.
product_of = np.dot

def matmul(A, B):
    m, n, p = len(A), len(A[0]), len(B[0])
    if n != len(B):
        raise ValueError(f"cannot multiply shapes ({m}, {n}) and ({len(B)}, {p})")
    C = np.zeros((m, p))
    for i in range(m):
        for j in range(p):
            C[i, j] = product_of([A[i][k] for k in range(n)], [B[k][j] for k in range(n)])
    return C
