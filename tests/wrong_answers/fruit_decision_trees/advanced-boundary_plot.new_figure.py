# cell: boundary_plot-solution
# Opens a figure of its own out of habit (plt.figure) although it draws on the given ax.
def plot_decision_boundary(clf, X, y, ax, feature_names=("red", "green"), class_names=("apple", "orange"),
                           resolution=200, margin=10.0):
    plt.figure(figsize=(6, 5))
    X = np.asarray(X, dtype=float)
    y = np.asarray(y)
    low = X.min(axis=0) - margin
    high = X.max(axis=0) + margin
    xx, yy = np.meshgrid(np.linspace(low[0], high[0], resolution), np.linspace(low[1], high[1], resolution))
    zz = clf.predict(np.column_stack([xx.ravel(), yy.ravel()])).reshape(xx.shape)
    ax.contourf(xx, yy, zz, levels=np.arange(len(class_names) + 1) - 0.5, alpha=0.3)
    for k, name in enumerate(class_names):
        ax.scatter(X[y == k, 0], X[y == k, 1], s=12, label=name)
    ax.set_xlabel(feature_names[0])
    ax.set_ylabel(feature_names[1])
    ax.legend()
    return xx, yy, zz
