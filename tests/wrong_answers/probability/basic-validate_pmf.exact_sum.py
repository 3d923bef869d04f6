# cell: validate_pmf-solution
# Compares the float sum with 1 exactly, so rounding error (ten times 0.1) is rejected.
def validate_pmf(pmf, atol=1e-9):
    if not pmf:
        raise ValueError("empty")
    if any(not math.isfinite(p) or p < 0 or p > 1 for p in pmf.values()):
        raise ValueError("a probability is outside [0, 1]")
    if sum(pmf.values()) != 1:
        raise ValueError("the probabilities do not add up to 1")
    return pmf
