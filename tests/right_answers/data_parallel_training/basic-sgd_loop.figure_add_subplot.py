# cell: sgd_loop-solution_2
# A new figure with add_subplot, a range for the steps, the label set on each line afterwards.
def plot_loss_curves(curves, target=None, ax=None):
    if ax is None:
        fig = plt.figure()
        ax = fig.add_subplot(1, 1, 1)
    for name in curves:
        values = list(curves[name])
        (line,) = ax.plot(range(1, len(values) + 1), values)
        line.set_label(name)
    if target is not None:
        ax.axhline(y=target, color="black", linewidth=0.8, linestyle="--")
    ax.set_xlabel("Step")
    ax.set_ylabel("Loss")
    ax.legend(loc="upper right")
    return ax
