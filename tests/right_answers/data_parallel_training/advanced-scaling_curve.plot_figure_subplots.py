# cell: scaling_curve-solution_2
# fig.subplots on a new figure, the Axes unpacked by index; the ideal drawn as y = n with its own plot call.
def plot_scaling(curve, axes=None):
    if axes is None:
        fig = plt.figure(figsize=(10, 4))
        axes = fig.subplots(1, 2)
    n = np.asarray(curve["workers"])
    speed_ax = axes[0]
    eff_ax = axes[1]
    speed_ax.plot(n, curve["speedup"], "o-", label="measured speed-up")
    speed_ax.plot(n, n, "k--", label="ideal")
    speed_ax.axvline(x=curve["best"], color="red", label="best")
    speed_ax.set_xlabel("Number of workers")
    speed_ax.set_ylabel("Speed-up T(1)/T(n)")
    speed_ax.legend(loc="best")
    eff_ax.plot(n, curve["efficiency"], "s-", color="green", label="efficiency")
    eff_ax.axvline(x=curve["best"], color="red")
    eff_ax.set_xlabel("Number of workers")
    eff_ax.set_ylabel("Efficiency S(n)/n")
    eff_ax.set_ylim(0, 1.05)
    return axes
