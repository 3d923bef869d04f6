# cell: boundary_plot-solution
# Draws all points in one scatter coloured by class, so the legend cannot name the classes.
def plot_decision_boundary(clf, X, y, ax, feature_names=("red", "green"), class_names=("apple", "orange"),
                           resolution=200, margin=10.0):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y)
    low = X.min(axis=0) - margin
    high = X.max(axis=0) + margin
    xx, yy = np.meshgrid(np.linspace(low[0], high[0], resolution), np.linspace(low[1], high[1], resolution))
    zz = clf.predict(np.column_stack([xx.ravel(), yy.ravel()])).reshape(xx.shape)
    ax.contourf(xx, yy, zz, levels=np.arange(len(class_names) + 1) - 0.5, alpha=0.3)
    ax.scatter(X[:, 0], X[:, 1], c=y, s=12, label="fruit")
    ax.set_xlabel(feature_names[0])
    ax.set_ylabel(feature_names[1])
    ax.legend()
    return xx, yy, zz
