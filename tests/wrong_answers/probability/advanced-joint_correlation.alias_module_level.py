# cell: joint_correlation-solution
# Binds np.cov to another name at module level (as an earlier cell could) and uses it for float tables.
from fractions import Fraction
weighted_covariance = np.cov

def joint_correlation(xs, ys, table):
    rows = [list(row) for row in table]
    if len(rows) != len(xs) or any(len(row) != len(ys) for row in rows):
        raise ValueError("the shape of the table does not match xs and ys")
    cells = [p for row in rows for p in row]
    if any(not math.isfinite(p) or p < 0 for p in cells) or abs(sum(cells) - 1) > 1e-9:
        raise ValueError("not a joint PMF")
    grid_x, grid_y = np.meshgrid(np.asarray(xs, float), np.asarray(ys, float), indexing="ij")
    c = weighted_covariance(grid_x.ravel(), grid_y.ravel(), aweights=np.asarray(cells, float), bias=True)
    if c[0, 0] <= 1e-300 or c[1, 1] <= 1e-300:
        raise ValueError("zero variance")
    return float(c[0, 1] / math.sqrt(c[0, 0] * c[1, 1]))
