# cell: expectation_variance-solution
# Ignores the probabilities: plain average of the values.
def expectation_variance(pmf):
    values = list(pmf)
    mean = sum(Fraction(x) for x in values) / len(values)
    variance = sum((x - mean) ** 2 for x in values) / len(values)
    return mean, variance
