# cell: boundary_plot-solution
# Grid points stacked with np.stack; one scatter per (class index, name) pair of points selected from X.
def plot_decision_boundary(clf, X, y, ax, feature_names=("red", "green"), class_names=("apple", "orange"),
                           resolution=200, margin=10.0):
    points = np.asarray(X, dtype=float)
    labels = np.asarray(y)
    axes_ranges = [np.linspace(points[:, j].min() - margin, points[:, j].max() + margin, resolution)
                   for j in (0, 1)]
    xx, yy = np.meshgrid(*axes_ranges)
    grid = np.stack([xx, yy], axis=-1).reshape(-1, 2)
    zz = np.asarray(clf.predict(grid)).reshape(resolution, resolution)
    levels = np.arange(-0.5, len(class_names) + 0.5, 1.0)
    ax.contourf(xx, yy, zz, levels=levels, alpha=0.3)
    for index, name in enumerate(class_names):
        chosen = points[labels == index]
        ax.scatter(chosen[:, 0], chosen[:, 1], label=name, marker="o")
    ax.set_xlabel(feature_names[0])
    ax.set_ylabel(feature_names[1])
    ax.legend()
    return xx, yy, zz
