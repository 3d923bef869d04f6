# cell: expectation_variance-solution
# Var(X) = E[X^2] - E[X]^2, with both moments accumulated in a single loop.
def expectation_variance(pmf):
    first = 0
    second = 0
    for x, p in pmf.items():
        first += p * x
        second += p * x * x
    return first, second - first * first
