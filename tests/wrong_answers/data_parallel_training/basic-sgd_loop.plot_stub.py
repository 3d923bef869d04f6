# cell: sgd_loop-solution_2
# Stub: returns an empty Axes.
def plot_loss_curves(curves, target=None, ax=None):
    if ax is None:
        _, ax = plt.subplots()
    return ax
