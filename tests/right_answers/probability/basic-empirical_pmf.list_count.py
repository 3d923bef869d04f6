# cell: empirical_pmf-solution
# Stores the observations in a list first (a generator can only be read once), then uses list.count per distinct value.
def empirical_pmf(observations):
    data = list(observations)
    if len(data) == 0:
        raise ValueError("no observations")
    distinct = dict.fromkeys(data)          # keeps the first-seen order
    return {value: Fraction(data.count(value), len(data)) for value in distinct}
