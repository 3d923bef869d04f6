# cell: transpose-solution
# Fills the result one row at a time: row j of the transpose is column j of A, read entry by entry.
def transpose(A):
    m, n = len(A), len(A[0])
    result = np.empty((n, m), dtype=float)
    for j in range(n):
        result[j] = [A[i][j] for i in range(m)]
    return result
