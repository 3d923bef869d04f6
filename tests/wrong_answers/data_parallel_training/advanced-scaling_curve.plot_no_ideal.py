# cell: scaling_curve-solution_2
# Forgets the ideal line and puts speed-up and efficiency on one Axes.
def plot_scaling(curve, axes=None):
    if axes is None:
        _, axes = plt.subplots(1, 2, figsize=(11, 3.5))
    left, right = axes
    left.plot(curve["workers"], curve["speedup"], label="speed-up")
    left.plot(curve["workers"], curve["efficiency"], label="efficiency")
    left.axvline(curve["best"], color="tab:red", linestyle=":")
    left.set_xlabel("workers")
    left.set_ylabel("speed-up")
    left.legend()
    right.axvline(curve["best"], color="tab:red", linestyle=":")
    right.set_xlabel("workers")
    right.set_ylabel("efficiency")
    return axes
