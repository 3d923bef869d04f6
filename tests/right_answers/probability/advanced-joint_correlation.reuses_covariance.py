# cell: joint_correlation-solution
# Reuses joint_covariance: it validates the table, gives Cov(X, Y), and Var(X) = Cov(X, X) on a diagonal table.
def joint_correlation(xs, ys, table):
    cov_xy = joint_covariance(xs, ys, table)
    rows = [list(row) for row in table]
    p_x = [sum(row) for row in rows]
    p_y = [sum(column) for column in zip(*rows)]
    diag_x = [[p if i == j else 0 for j in range(len(p_x))] for i, p in enumerate(p_x)]
    diag_y = [[p if i == j else 0 for j in range(len(p_y))] for i, p in enumerate(p_y)]
    var_x = joint_covariance(xs, xs, diag_x)
    var_y = joint_covariance(ys, ys, diag_y)
    if var_x <= 0 or var_y <= 0:
        raise ValueError("X or Y is constant, so the correlation is undefined")
    return float(cov_xy) / (math.sqrt(float(var_x)) * math.sqrt(float(var_y)))
