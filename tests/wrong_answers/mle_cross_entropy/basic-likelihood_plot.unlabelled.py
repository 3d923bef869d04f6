# cell: likelihood_plot-solution
# The right curve and maximum, but no axis labels.
def plot_coin_likelihood(flips, ax=None):
    if ax is None:
        _, ax = plt.subplots()
    flips = list(flips)
    heads, tails = flips.count("h"), flips.count("t")
    grid = np.linspace(0, 1, 201)
    ax.plot(grid, grid**heads * (1 - grid) ** tails)
    ax.axvline(heads / len(flips), linestyle="--")
    ax.set_title("likelihood")
    return ax
