# cell: joint_covariance-solution
# Right formula, but zip silently drops extra rows and columns and nothing is validated.
def joint_covariance(xs, ys, table):
    mean_x = sum(p * x for x, row in zip(xs, table) for p in row)
    mean_y = sum(p * y for row in table for y, p in zip(ys, row))
    return sum(p * (x - mean_x) * (y - mean_y) for x, row in zip(xs, table) for y, p in zip(ys, row))
