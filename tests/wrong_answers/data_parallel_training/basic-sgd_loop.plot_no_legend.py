# cell: sgd_loop-solution_2
# Labels the lines but never adds the legend, and draws the target even when it is None.
def plot_loss_curves(curves, target=None, ax=None):
    if ax is None:
        _, ax = plt.subplots(figsize=(6, 3.5))
    for label, losses in curves.items():
        ax.plot(np.arange(1, len(losses) + 1), losses, label=label)
    ax.axhline(0.0 if target is None else target, color="grey", linestyle=":")
    ax.set_xlabel("step")
    ax.set_ylabel("training loss")
    return ax
