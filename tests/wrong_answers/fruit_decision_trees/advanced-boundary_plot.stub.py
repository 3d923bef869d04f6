# cell: boundary_plot-solution
# Stub: returns a grid of zeros of the right shape and draws nothing.
def plot_decision_boundary(clf, X, y, ax, feature_names=("red", "green"), class_names=("apple", "orange"),
                           resolution=200, margin=10.0):
    zeros = np.zeros((resolution, resolution))
    return zeros, zeros, zeros
