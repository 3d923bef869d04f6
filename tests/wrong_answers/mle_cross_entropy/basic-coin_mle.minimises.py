# cell: coin_mle-solution
# The closed form is right, but the optimiser minimises the log-likelihood (forgot the minus sign).
def coin_mle(flips):
    flips = list(flips)
    if not flips or any(flip not in ("h", "t") for flip in flips):
        raise ValueError("need a non-empty sequence of 'h' and 't'")
    return Fraction(flips.count("h"), len(flips))


def numeric_mle(log_likelihood, lo=0.0, hi=1.0):
    result = scipy.optimize.minimize_scalar(log_likelihood, bounds=(lo, hi), method="bounded")
    return float(result.x)
