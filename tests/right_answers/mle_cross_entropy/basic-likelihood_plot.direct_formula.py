# cell: likelihood_plot-solution
# Computes the curve and the MLE directly from the counts of heads and tails; labels set with ax.set.
def plot_coin_likelihood(flips, ax=None):
    if ax is None:
        fig, ax = plt.subplots()
    flips = list(flips)
    h, t = flips.count("h"), flips.count("t")
    thetas = np.linspace(0, 1, 201)
    ax.plot(thetas, thetas**h * (1 - thetas) ** t, color="black")
    ax.axvline(h / (h + t), color="orange", linestyle=":")
    ax.set(xlabel="θ", ylabel="Likelihood of the flips", title="coin likelihood")
    return ax
