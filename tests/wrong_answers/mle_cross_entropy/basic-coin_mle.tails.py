# cell: coin_mle-solution
# Estimates the probability of tails instead of heads; the numeric part is right.
def coin_mle(flips):
    flips = list(flips)
    if not flips or any(flip not in ("h", "t") for flip in flips):
        raise ValueError("need a non-empty sequence of 'h' and 't'")
    return Fraction(flips.count("t"), len(flips))


def numeric_mle(log_likelihood, lo=0.0, hi=1.0):
    result = scipy.optimize.minimize_scalar(lambda t: -log_likelihood(t), bounds=(lo, hi), method="bounded",
                                            options={"xatol": 1e-9})
    return float(result.x)
