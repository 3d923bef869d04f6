# cell: scaling_curve-solution_2
# One helper draws a quantity with the best count marked; the left panel adds the ideal y = n in between,
# drawn as a straight segment from the first to the last worker count.
def _panel(ax, workers, values, ylabel, best, ideal=False):
    ax.plot(workers, values, label=ylabel)
    if ideal:
        ends = [workers[0], workers[-1]]
        ax.plot(ends, ends, ":", label="ideal speed-up")
    ax.axvline(best, linestyle="--", color="grey", label=f"best = {best}")
    ax.set_xlabel("workers")
    ax.set_ylabel(ylabel)


def plot_scaling(curve, axes=None):
    if axes is None:
        axes = plt.subplots(1, 2, figsize=(9, 3.5))[1]
    workers = list(curve["workers"])
    _panel(axes[0], workers, list(curve["speedup"]), "speed-up", curve["best"], ideal=True)
    axes[0].legend()
    _panel(axes[1], workers, list(curve["efficiency"]), "efficiency", curve["best"])
    axes[1].grid(True)
    return axes
