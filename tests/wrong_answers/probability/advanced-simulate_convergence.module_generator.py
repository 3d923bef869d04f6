# cell: simulate_convergence-solution
# Draws from a generator of its own, seeded once at module level, instead of the one passed in.
_generator = np.random.default_rng(2024)

def simulate_mean(pmf, n, rng):
    if n < 1:
        raise ValueError("need at least one draw")
    values = np.array([float(x) for x in pmf])
    probabilities = np.array([float(p) for p in pmf.values()])
    return float(_generator.choice(values, size=n, p=probabilities).mean())
