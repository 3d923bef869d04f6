# cell: coin_likelihood-solution
# Counts the flips with a Counter (any other key is an error), then np.power for heads and tails.
from collections import Counter


def coin_likelihood(theta, flips):
    counts = Counter(flips)
    unknown = set(counts) - {"h", "t"}
    if unknown:
        raise ValueError(f"flips must be 'h' or 't', found {sorted(map(repr, unknown))}")
    theta = np.asarray(theta, dtype=float)
    inside = (theta >= 0) & (theta <= 1)           # False for NaN as well
    if not np.all(inside):
        raise ValueError("every theta must be a probability in [0, 1]")
    return np.power(theta, counts["h"]) * np.power(1 - theta, counts["t"])
