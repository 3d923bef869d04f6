# cell: empirical_pmf-solution
# Counts by hand in a dict while reading the observations once, then divides each count by the total.
def empirical_pmf(observations):
    counts = {}
    total = 0
    for obs in observations:
        counts[obs] = counts.get(obs, 0) + 1
        total += 1
    if total == 0:
        raise ValueError("cannot build a PMF from zero observations")
    pmf = {}
    for value, count in counts.items():
        pmf[value] = Fraction(count, total)
    return pmf
