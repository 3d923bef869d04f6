# cell: sgd_loop-solution_2
# Enumerates each curve into (step, loss) pairs and unzips them; the target line gets a legend entry too.
def plot_loss_curves(curves, target=None, ax=None):
    ax = ax if ax is not None else plt.subplots()[1]
    for label, losses in curves.items():
        steps, values = zip(*enumerate(losses, start=1))
        ax.plot(steps, values, "-", label=label, linewidth=1)
    if target is not None:
        ax.axhline(target, linestyle=":", label="target")
    ax.set(xlabel="training step", ylabel="batch loss", title="loss curves")
    ax.legend()
    return ax
