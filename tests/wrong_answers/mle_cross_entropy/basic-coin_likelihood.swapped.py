# cell: coin_likelihood-solution
# Heads and tails swapped: theta^tails * (1 - theta)^heads.
def coin_likelihood(theta, flips):
    flips = list(flips)
    if any(flip not in ("h", "t") for flip in flips):
        raise ValueError("flips must be 'h' or 't'")
    theta = np.asarray(theta, dtype=float)
    if np.any((theta < 0) | (theta > 1)):
        raise ValueError("theta must lie in [0, 1]")
    heads = flips.count("h")
    tails = len(flips) - heads
    return theta**tails * (1 - theta) ** heads
