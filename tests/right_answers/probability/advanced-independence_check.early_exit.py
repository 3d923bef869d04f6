# cell: independence_check-solution
# Marginals with index loops; returns False at the first cell that differs from the product.
def are_independent(table, atol=1e-12):
    n_rows = len(table)
    n_cols = len(table[0])
    row_sums = [0] * n_rows
    col_sums = [0] * n_cols
    for i in range(n_rows):
        for j in range(n_cols):
            row_sums[i] += table[i][j]
            col_sums[j] += table[i][j]
    for i in range(n_rows):
        for j in range(n_cols):
            if abs(table[i][j] - row_sums[i] * col_sums[j]) > atol:
                return False
    return True
