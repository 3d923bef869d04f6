# cell: coin_mle-solution
# Counts heads with a loop; the numerical maximum by a hand-written golden-section search.
def coin_mle(flips):
    heads = total = 0
    for flip in flips:
        if flip not in ("h", "t"):
            raise ValueError(f"{flip!r} is not a flip")
        heads += flip == "h"
        total += 1
    if total == 0:
        raise ValueError("an empty sequence has no maximum likelihood estimate")
    return Fraction(heads, total)


def numeric_mle(log_likelihood, lo=0.0, hi=1.0):
    ratio = (math.sqrt(5) - 1) / 2                  # 0.618...
    a, b = float(lo), float(hi)
    c, d = b - ratio * (b - a), a + ratio * (b - a)
    fc, fd = log_likelihood(c), log_likelihood(d)
    while b - a > 1e-10:
        if fc > fd:                                  # the peak is in [a, d]
            b, d, fd = d, c, fc
            c = b - ratio * (b - a)
            fc = log_likelihood(c)
        else:                                        # the peak is in [c, b]
            a, c, fc = c, d, fd
            d = a + ratio * (b - a)
            fd = log_likelihood(d)
    return float((a + b) / 2)
