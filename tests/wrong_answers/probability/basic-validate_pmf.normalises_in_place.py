# cell: validate_pmf-solution
# Validates, but "fixes" the rounding error by normalising the caller's dict in place.
def validate_pmf(pmf, atol=1e-9):
    if not pmf:
        raise ValueError("empty")
    for p in pmf.values():
        if not math.isfinite(p) or p < 0 or p > 1 + atol:
            raise ValueError(f"{p} is not a probability")
    total = sum(pmf.values())
    if abs(total - 1) > atol:
        raise ValueError("the probabilities do not add up to 1")
    for value in pmf:
        pmf[value] = pmf[value] / total
    return pmf
