# cell: joint_covariance-solution
# Forgets to subtract E[X] E[Y]: returns E[XY].
def joint_covariance(xs, ys, table):
    rows = [list(row) for row in table]
    if len(rows) != len(xs) or any(len(row) != len(ys) for row in rows):
        raise ValueError("shape mismatch")
    cells = [p for row in rows for p in row]
    if any(p < 0 for p in cells) or abs(sum(cells) - 1) > 1e-9:
        raise ValueError("not a PMF")
    return sum(p * x * y for x, row in zip(xs, rows) for y, p in zip(ys, row))
