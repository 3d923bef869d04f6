# cell: coin_likelihood-solution
# Right formula, but counts anything that is not "h" as tails and accepts any theta.
def coin_likelihood(theta, flips):
    flips = list(flips)
    heads = flips.count("h")
    theta = np.asarray(theta, dtype=float)
    return theta**heads * (1 - theta) ** (len(flips) - heads)
