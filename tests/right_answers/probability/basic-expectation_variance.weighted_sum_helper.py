# cell: expectation_variance-solution
# A helper computes sum_x p(x) g(x) for any function g; the mean and the variance are two calls of it.
def _weighted_sum(pmf, g):
    return sum(prob * g(value) for value, prob in pmf.items())


def expectation_variance(pmf):
    mu = _weighted_sum(pmf, lambda value: value)
    sigma2 = _weighted_sum(pmf, lambda value: (value - mu) ** 2)
    return mu, sigma2
