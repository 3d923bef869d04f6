# cell: independence_check-solution
# Confuses independence with zero covariance (row and column numbers as the values).
def are_independent(table, atol=1e-12):
    rows = [list(row) for row in table]
    mean_i = sum(p * i for i, row in enumerate(rows) for p in row)
    mean_j = sum(p * j for row in rows for j, p in enumerate(row))
    cov = sum(p * (i - mean_i) * (j - mean_j) for i, row in enumerate(rows) for j, p in enumerate(row))
    return abs(cov) <= atol
