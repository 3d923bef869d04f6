# cell: simulate_convergence-solution
# Inverse-CDF sampling: uniform numbers from rng.random, located in the cumulative probabilities with searchsorted.
def simulate_mean(pmf, n, rng):
    if n < 1:
        raise ValueError("n must be at least 1")
    values = np.array([float(x) for x in pmf.keys()])
    cumulative = np.cumsum([float(p) for p in pmf.values()])
    cumulative = cumulative / cumulative[-1]       # the last entry is exactly 1
    u = rng.random(n)                               # uniform on [0, 1)
    index = np.searchsorted(cumulative, u, side="right")
    return float(np.mean(values[index]))
