# cell: empirical_pmf-solution
# Counts with len(observations), which a generator does not have.
def empirical_pmf(observations):
    n = len(observations)
    if n == 0:
        raise ValueError("no observations")
    return {value: Fraction(count, n) for value, count in Counter(observations).items()}
