# cell: validate_pmf-solution
# Checks only that the probabilities add up to 1, so negative probabilities slip through.
def validate_pmf(pmf, atol=1e-9):
    if abs(sum(pmf.values()) - 1) > atol:
        raise ValueError("the probabilities do not add up to 1")
    return pmf
