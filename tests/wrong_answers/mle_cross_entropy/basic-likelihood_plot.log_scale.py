# cell: likelihood_plot-solution
# Plots the log-likelihood instead of the likelihood.
def plot_coin_likelihood(flips, ax=None):
    if ax is None:
        _, ax = plt.subplots()
    flips = list(flips)
    heads, tails = flips.count("h"), flips.count("t")
    grid = np.linspace(0, 1, 201)
    with np.errstate(divide="ignore", invalid="ignore"):
        ax.plot(grid, heads * np.log(grid) + tails * np.log1p(-grid))
    ax.axvline(heads / len(flips), linestyle="--")
    ax.set_xlabel("θ")
    ax.set_ylabel("likelihood")
    return ax
