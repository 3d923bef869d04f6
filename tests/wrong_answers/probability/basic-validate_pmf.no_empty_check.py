# cell: validate_pmf-solution
# Relies on the total to reject an empty dict (0 is not 1), which fails once atol is 1 or more.
def validate_pmf(pmf, atol=1e-9):
    for value, p in pmf.items():
        if not math.isfinite(p) or p < 0:
            raise ValueError(f"P({value!r}) = {p} is not a probability")
    total = sum(pmf.values())
    if abs(total - 1) > atol:
        raise ValueError(f"the probabilities add up to {total}, not 1")
    return pmf
