# cell: coin_likelihood-solution
# The product of one factor per flip, as in the worked example, applied to the whole theta array.
def coin_likelihood(theta, flips):
    theta = np.array(theta, dtype=float)
    if np.isnan(theta).any() or (theta < 0).any() or (theta > 1).any():
        raise ValueError("theta outside [0, 1]")
    result = np.ones_like(theta)
    for flip in flips:
        if flip == "h":
            result = result * theta
        elif flip == "t":
            result = result * (1 - theta)
        else:
            raise ValueError(f"unknown flip {flip!r}: use 'h' or 't'")
    return result
