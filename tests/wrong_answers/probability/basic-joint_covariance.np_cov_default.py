# cell: joint_covariance-solution
# np.cov with the probabilities as weights but its default ddof=1 (sample convention).
def joint_covariance(xs, ys, table):
    grid_x, grid_y = np.meshgrid(np.asarray(xs, float), np.asarray(ys, float), indexing="ij")
    weights = np.asarray(table, float)
    if weights.shape != grid_x.shape:
        raise ValueError("shape mismatch")
    return np.cov(grid_x.ravel(), grid_y.ravel(), aweights=weights.ravel())[0, 1]
