# cell: validate_pmf-solution
# Collects every problem it finds in one pass over the probabilities, then raises with all of them.
def validate_pmf(pmf, atol=1e-9):
    if not pmf:
        raise ValueError("the PMF is empty: a distribution needs at least one value")
    problems = []
    for value in pmf:
        p = pmf[value]
        if math.isnan(p) or math.isinf(p):
            problems.append(f"P({value!r}) = {p} is not a finite number")
        elif not (0 <= p <= 1 + atol):
            problems.append(f"P({value!r}) = {p} is outside [0, 1]")
    if problems:
        raise ValueError("; ".join(problems))
    total = sum(pmf.values())
    if not abs(total - 1) <= atol:
        raise ValueError(f"the probabilities sum to {total} instead of 1")
    return pmf
