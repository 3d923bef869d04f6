# cell: coin_likelihood-solution
# The probability of the number of heads (binomial pmf, with C(n, h)) instead of the probability of the sequence.
def coin_likelihood(theta, flips):
    flips = list(flips)
    if any(flip not in ("h", "t") for flip in flips):
        raise ValueError("flips must be 'h' or 't'")
    theta = np.asarray(theta, dtype=float)
    if np.any((theta < 0) | (theta > 1)):
        raise ValueError("theta must lie in [0, 1]")
    heads = flips.count("h")
    tails = len(flips) - heads
    return math.comb(len(flips), heads) * theta**heads * (1 - theta) ** tails
