# cell: validate_pmf-solution
# Rejects any probability above 1 without the tolerance, so 1 + 1e-12 (rounding) is refused.
def validate_pmf(pmf, atol=1e-9):
    if not pmf:
        raise ValueError("empty")
    for p in pmf.values():
        if not math.isfinite(p) or p < 0 or p > 1:
            raise ValueError(f"{p} is not a probability")
    if abs(sum(pmf.values()) - 1) > atol:
        raise ValueError("the probabilities do not add up to 1")
    return pmf
