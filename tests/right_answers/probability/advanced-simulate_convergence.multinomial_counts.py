# cell: simulate_convergence-solution
# How many of the n draws land on each value (one multinomial draw), and the mean from those counts.
def simulate_mean(pmf, n, rng):
    if n < 1:
        raise ValueError(f"n = {n}: at least one draw is needed")
    values = [float(x) for x in pmf]
    weights = np.array([float(p) for p in pmf.values()])
    counts = rng.multinomial(n, weights / weights.sum())
    return float(sum(c * v for c, v in zip(counts, values)) / n)
