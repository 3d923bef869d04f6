# cell: joint_covariance-solution
# Cov(X, Y) = E[XY] - E[X] E[Y], with index loops over the table after checking its shape and entries.
def joint_covariance(xs, ys, table):
    if len(table) != len(xs):
        raise ValueError(f"the table has {len(table)} rows but there are {len(xs)} values of X")
    for row in table:
        if len(row) != len(ys):
            raise ValueError(f"every row needs {len(ys)} entries, one per value of Y")
    total = 0
    for row in table:
        for p in row:
            if not math.isfinite(p) or p < 0:
                raise ValueError(f"{p} is not a probability")
            total += p
    if abs(total - 1) > 1e-9:
        raise ValueError(f"the table sums to {total}, not 1")
    e_x = e_y = e_xy = 0
    for i in range(len(xs)):
        for j in range(len(ys)):
            p = table[i][j]
            e_x += p * xs[i]
            e_y += p * ys[j]
            e_xy += p * xs[i] * ys[j]
    return e_xy - e_x * e_y
