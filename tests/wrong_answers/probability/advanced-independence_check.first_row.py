# cell: independence_check-solution
# Checks only the first row against the product of the marginals.
def are_independent(table, atol=1e-12):
    rows = [list(row) for row in table]
    p_x = [sum(row) for row in rows]
    p_y = [sum(column) for column in zip(*rows)]
    return all(abs(rows[0][j] - p_x[0] * p_y[j]) <= atol for j in range(len(p_y)))
