# cell: matmul-solution
# Collects the columns of B first, then pairs every row of A with every column through a helper.
def pair_sum(row, column):
    total = 0.0
    for a, b in zip(row, column):
        total = total + a * b
    return total


def matmul(A, B):
    rows_a, inner = len(A), len(A[0])
    rows_b, cols_b = len(B), len(B[0])
    if inner != rows_b:
        raise ValueError(f"shapes ({rows_a}, {inner}) and ({rows_b}, {cols_b}) do not fit")
    columns = []
    for j in range(cols_b):
        columns.append([B[k][j] for k in range(rows_b)])
    C = np.zeros((rows_a, cols_b))
    for i in range(rows_a):
        row = [A[i][k] for k in range(inner)]
        for j, column in enumerate(columns):
            C[i, j] = pair_sum(row, column)
    return C
