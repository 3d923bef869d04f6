# cell: simulate_convergence-solution
# Uses NumPy's global random state instead of the generator passed in: not reproducible.
def simulate_mean(pmf, n, rng):
    if n < 1:
        raise ValueError("need at least one draw")
    values = np.array([float(x) for x in pmf])
    probabilities = np.array([float(p) for p in pmf.values()])
    return float(np.random.choice(values, size=n, p=probabilities).mean())
