# cell: coin_mle-solution
# A Counter for the closed form; numerically a grid that is refined around its best point until it is fine enough.
from collections import Counter


def coin_mle(flips):
    counts = Counter(flips)
    if set(counts) - {"h", "t"}:
        raise ValueError("flips must be 'h' or 't'")
    n = counts["h"] + counts["t"]
    if n == 0:
        raise ValueError("no flips")
    return Fraction(counts["h"], n)


def numeric_mle(log_likelihood, lo=0.0, hi=1.0):
    left, right = lo, hi
    while True:
        grid = np.linspace(left, right, 101)
        values = [float(log_likelihood(t)) for t in grid]
        best = int(np.argmax(values))
        step = grid[1] - grid[0]
        if step < 1e-9:
            return float(grid[best])
        left, right = max(lo, grid[best] - step), min(hi, grid[best] + step)
