# cell: coin_mle-solution
# A float instead of an exact Fraction, and a grid of 101 points (step 0.01) that is too coarse.
def coin_mle(flips):
    flips = list(flips)
    if not flips or any(flip not in ("h", "t") for flip in flips):
        raise ValueError("need a non-empty sequence of 'h' and 't'")
    return flips.count("h") / len(flips)


def numeric_mle(log_likelihood, lo=0.0, hi=1.0):
    grid = np.linspace(lo, hi, 101)[1:-1]
    values = np.array([log_likelihood(t) for t in grid])
    return float(grid[np.argmax(values)])
