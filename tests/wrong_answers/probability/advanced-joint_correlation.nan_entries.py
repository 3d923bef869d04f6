# cell: joint_correlation-solution
# Right value, but a NaN entry passes the checks (comparisons with NaN are False) and NaN is returned.
def joint_correlation(xs, ys, table):
    rows = [list(row) for row in table]
    if len(rows) != len(xs) or any(len(row) != len(ys) for row in rows):
        raise ValueError("shape mismatch")
    cells = [p for row in rows for p in row]
    if any(p < 0 for p in cells) or abs(sum(cells) - 1) > 1e-9:
        raise ValueError("not a PMF")
    p_x = [sum(row) for row in rows]
    p_y = [sum(column) for column in zip(*rows)]
    mean_x = sum(p * x for x, p in zip(xs, p_x))
    mean_y = sum(p * y for y, p in zip(ys, p_y))
    var_x = sum(p * (x - mean_x) ** 2 for x, p in zip(xs, p_x))
    var_y = sum(p * (y - mean_y) ** 2 for y, p in zip(ys, p_y))
    if var_x == 0 or var_y == 0:
        raise ValueError("zero variance")
    cov = sum(p * (x - mean_x) * (y - mean_y) for x, row in zip(xs, rows) for y, p in zip(ys, row))
    return float(cov) / math.sqrt(float(var_x) * float(var_y))
