# cell: empirical_pmf-solution
# Forgets to normalise: returns the counts, which do not add up to 1.
def empirical_pmf(observations):
    counts = Counter(observations)
    if not counts:
        raise ValueError("no observations")
    return {value: Fraction(count) for value, count in counts.items()}
