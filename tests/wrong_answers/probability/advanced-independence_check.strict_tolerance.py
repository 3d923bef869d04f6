# cell: independence_check-solution
# Compares with < instead of <=: a cell that matches its product exactly fails when atol is 0.
def are_independent(table, atol=1e-12):
    rows = [list(row) for row in table]
    p_x = [sum(row) for row in rows]
    p_y = [sum(column) for column in zip(*rows)]
    return all(abs(rows[i][j] - p_x[i] * p_y[j]) < atol
               for i in range(len(rows)) for j in range(len(p_y)))
