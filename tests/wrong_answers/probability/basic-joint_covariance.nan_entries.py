# cell: joint_covariance-solution
# Checks negative entries and the total with comparisons, so a NaN entry slips through.
def joint_covariance(xs, ys, table):
    rows = [list(row) for row in table]
    if len(rows) != len(xs) or any(len(row) != len(ys) for row in rows):
        raise ValueError("the shape of the table does not match xs and ys")
    cells = [p for row in rows for p in row]
    if any(p < 0 for p in cells) or abs(sum(cells) - 1) > 1e-9:
        raise ValueError("not a joint PMF")
    mean_x = sum(p * x for x, row in zip(xs, rows) for p in row)
    mean_y = sum(p * y for row in rows for y, p in zip(ys, row))
    return sum(p * (x - mean_x) * (y - mean_y) for x, row in zip(xs, rows) for y, p in zip(ys, row))
