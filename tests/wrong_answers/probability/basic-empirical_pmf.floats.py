# cell: empirical_pmf-solution
# Divides in floats: 2/6 becomes 0.333..., not the exact Fraction 1/3.
def empirical_pmf(observations):
    counts = Counter(observations)
    n = sum(counts.values())
    if n == 0:
        raise ValueError("no observations")
    return {value: count / n for value, count in counts.items()}
