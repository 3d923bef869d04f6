# cell: boundary_plot-solution
# The four limits computed one by one, np.c_ for the grid points, a loop over class indices, ax.set for the labels.
def plot_decision_boundary(clf, X, y, ax, feature_names=("red", "green"), class_names=("apple", "orange"),
                           resolution=200, margin=10.0):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y)
    x_min, x_max = X[:, 0].min() - margin, X[:, 0].max() + margin
    y_min, y_max = X[:, 1].min() - margin, X[:, 1].max() + margin
    xx, yy = np.meshgrid(np.linspace(x_min, x_max, resolution), np.linspace(y_min, y_max, resolution))
    zz = clf.predict(np.c_[xx.ravel(), yy.ravel()]).reshape(xx.shape)
    n_classes = len(class_names)
    ax.contourf(xx, yy, zz, levels=np.arange(n_classes + 1) - 0.5, alpha=0.3, cmap="coolwarm")
    for k in range(n_classes):
        mask = y == k
        ax.scatter(X[mask, 0], X[mask, 1], label=class_names[k], edgecolors="k", s=15)
    ax.set(xlabel=feature_names[0], ylabel=feature_names[1])
    ax.legend(loc="best")
    return xx, yy, zz
