# cell: joint_correlation-solution
# Standardises both variables with float NumPy arrays, then rho = sum p(x, y) z_x z_y.
def joint_correlation(xs, ys, table):
    if len(table) != len(xs) or any(len(row) != len(ys) for row in table):
        raise ValueError("table shape does not match xs and ys")
    P = np.array([[float(p) for p in row] for row in table], dtype=float).reshape(len(xs), len(ys))
    if not np.all(np.isfinite(P)) or np.any(P < 0) or abs(P.sum() - 1) > 1e-9:
        raise ValueError("the table is not a joint PMF")
    x = np.array([float(v) for v in xs])
    y = np.array([float(v) for v in ys])
    p_x, p_y = P.sum(axis=1), P.sum(axis=0)
    mu_x, mu_y = np.sum(p_x * x), np.sum(p_y * y)
    sd_x = math.sqrt(np.sum(p_x * (x - mu_x) ** 2))
    sd_y = math.sqrt(np.sum(p_y * (y - mu_y) ** 2))
    if sd_x == 0 or sd_y == 0:
        raise ValueError("zero variance: the correlation is undefined")
    z_x = (x - mu_x) / sd_x
    z_y = (y - mu_y) / sd_y
    return float(np.sum(P * z_x[:, None] * z_y[None, :]))
