# cell: joint_covariance-solution
# A validation helper returns the table as lists; the means come from the marginals, then the centred double sum.
def _joint_rows(xs, ys, table):
    rows = [list(row) for row in table]
    if len(rows) != len(xs) or not all(len(row) == len(ys) for row in rows):
        raise ValueError("the table's shape does not match len(xs) x len(ys)")
    for row in rows:
        for p in row:
            if not (0 <= p < math.inf):      # false for negative numbers, NaN and infinity
                raise ValueError(f"invalid probability {p}")
    if not abs(sum(sum(row) for row in rows) - 1) <= 1e-9:
        raise ValueError("the probabilities in the table must add up to 1")
    return rows


def joint_covariance(xs, ys, table):
    rows = _joint_rows(xs, ys, table)
    p_x = [sum(row) for row in rows]
    p_y = [sum(row[j] for row in rows) for j in range(len(ys))]
    mean_x = sum(x * p for x, p in zip(xs, p_x))
    mean_y = sum(y * p for y, p in zip(ys, p_y))
    cov = 0
    for i, x in enumerate(xs):
        for j, y in enumerate(ys):
            cov += rows[i][j] * (x - mean_x) * (y - mean_y)
    return cov
