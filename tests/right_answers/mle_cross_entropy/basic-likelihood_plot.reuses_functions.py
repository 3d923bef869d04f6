# cell: likelihood_plot-solution
# Reuses coin_likelihood and coin_mle from the earlier exercises, with a legend and an annotation of the maximum.
def plot_coin_likelihood(flips, ax=None):
    if ax is None:
        ax = plt.subplots(figsize=(5, 3))[1]
    theta_grid = np.linspace(0.0, 1.0, 201)
    curve = coin_likelihood(theta_grid, flips)
    best = float(coin_mle(flips))
    ax.plot(theta_grid, curve, label="L(θ)")
    ax.axvline(x=best, color="red", label="maximum")
    ax.annotate(f"θ̂ = {best:.2f}", xy=(best, float(coin_likelihood(best, flips))))
    ax.set_xlabel("θ")
    ax.set_ylabel("likelihood")
    ax.legend(loc="best")
    return ax
