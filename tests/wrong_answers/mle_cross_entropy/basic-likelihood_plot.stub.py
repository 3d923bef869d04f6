# cell: likelihood_plot-solution
# A stub that draws a flat line of zeros with the right labels and a vertical line at 0.5.
def plot_coin_likelihood(flips, ax=None):
    if ax is None:
        _, ax = plt.subplots()
    ax.plot(np.linspace(0, 1, 201), np.zeros(201))
    ax.axvline(0.5)
    ax.set_xlabel("θ")
    ax.set_ylabel("likelihood")
    return ax
