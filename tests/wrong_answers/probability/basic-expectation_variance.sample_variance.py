# cell: expectation_variance-solution
# Sample instead of population variance: applies the n / (n - 1) correction (ddof=1).
def expectation_variance(pmf):
    n = len(pmf)
    mean = sum(p * x for x, p in pmf.items())
    variance = sum(p * (x - mean) ** 2 for x, p in pmf.items())
    return mean, variance * n / (n - 1) if n > 1 else variance
