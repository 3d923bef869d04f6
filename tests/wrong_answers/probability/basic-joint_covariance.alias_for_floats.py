# cell: joint_covariance-solution
# Validates and sums exactly for Fractions, but for floats calls np.cov under another name.
from fractions import Fraction
from numpy import cov as c

def joint_covariance(xs, ys, table):
    rows = [list(row) for row in table]
    if len(rows) != len(xs) or any(len(row) != len(ys) for row in rows):
        raise ValueError("the shape of the table does not match xs and ys")
    cells = [p for row in rows for p in row]
    if any(not math.isfinite(p) or p < 0 for p in cells) or abs(sum(cells) - 1) > 1e-9:
        raise ValueError("not a joint PMF")
    if all(isinstance(p, (Fraction, int)) for p in cells):
        mean_x = sum(p * x for x, row in zip(xs, rows) for p in row)
        mean_y = sum(p * y for row in rows for y, p in zip(ys, row))
        return sum(p * (x - mean_x) * (y - mean_y) for x, row in zip(xs, rows) for y, p in zip(ys, row))
    grid_x, grid_y = np.meshgrid(np.asarray(xs, float), np.asarray(ys, float), indexing="ij")
    return c(grid_x.ravel(), grid_y.ravel(), aweights=np.asarray(cells, float), bias=True)[0, 1]
