# cell: expectation_variance-solution
# An equivalent in another library: statistics.fmean with weights is np.average.
import statistics
from fractions import Fraction

def expectation_variance(pmf):
    if all(isinstance(p, Fraction) for p in pmf.values()):
        mean = sum(p * x for x, p in pmf.items())
    else:
        mean = statistics.fmean([float(x) for x in pmf], weights=[float(p) for p in pmf.values()])
    return mean, sum(p * (x - mean) ** 2 for x, p in pmf.items())
