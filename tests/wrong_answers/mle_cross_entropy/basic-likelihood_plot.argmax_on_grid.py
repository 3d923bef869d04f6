# cell: likelihood_plot-solution
# Marks the best point of a 101-point grid instead of the exact maximum, on a 101-point curve.
def plot_coin_likelihood(flips, ax=None):
    if ax is None:
        _, ax = plt.subplots()
    flips = list(flips)
    heads, tails = flips.count("h"), flips.count("t")
    grid = np.linspace(0, 1, 101)
    values = grid**heads * (1 - grid) ** tails
    ax.plot(grid, values)
    ax.axvline(grid[np.argmax(values)], linestyle="--")
    ax.set_xlabel("θ")
    ax.set_ylabel("likelihood")
    return ax
