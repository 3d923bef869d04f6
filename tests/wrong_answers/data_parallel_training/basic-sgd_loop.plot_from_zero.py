# cell: sgd_loop-solution_2
# Plots against the index 0..T-1 (ax.plot(losses)) instead of the step numbers 1..T.
def plot_loss_curves(curves, target=None, ax=None):
    if ax is None:
        _, ax = plt.subplots(figsize=(6, 3.5))
    for label, losses in curves.items():
        ax.plot(losses, label=label)
    if target is not None:
        ax.axhline(target, color="grey", linestyle=":", label="target")
    ax.set_xlabel("step")
    ax.set_ylabel("training loss")
    ax.legend()
    return ax
