# cell: validate_pmf-solution
# Treats a difference of exactly atol as an error ("by more than atol" means > atol, not >= atol).
def validate_pmf(pmf, atol=1e-9):
    if len(pmf) == 0:
        raise ValueError("a PMF needs at least one possible value")
    for value, p in pmf.items():
        if not math.isfinite(p) or p < 0 or p >= 1 + atol:
            raise ValueError(f"P({value!r}) = {p} is not a probability")
    total = sum(pmf.values())
    if abs(total - 1) >= atol:
        raise ValueError(f"the probabilities add up to {total}, not 1")
    return pmf
