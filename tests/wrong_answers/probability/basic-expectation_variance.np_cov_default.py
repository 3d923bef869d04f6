# cell: expectation_variance-solution
# Uses NumPy with np.cov's default ddof=1: the sample convention, and no exact Fractions.
def expectation_variance(pmf):
    values = np.array([float(x) for x in pmf])
    weights = np.array([float(p) for p in pmf.values()])
    return np.average(values, weights=weights), float(np.cov(values, aweights=weights))
