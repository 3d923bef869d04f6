# cell: validate_pmf-solution
# Copies the probabilities into a float array and validates them with vectorised NumPy checks and math.fsum.
def validate_pmf(pmf, atol=1e-9):
    probabilities = np.array([float(p) for p in pmf.values()], dtype=float)
    if probabilities.size == 0:
        raise ValueError("empty PMF")
    if not np.all(np.isfinite(probabilities)):
        raise ValueError("every probability must be a finite number (no NaN or infinity)")
    if np.any(probabilities < 0):
        raise ValueError("negative probability")
    if np.any(probabilities > 1 + atol):
        raise ValueError("probability larger than 1")
    total = math.fsum(probabilities)
    if abs(total - 1.0) > atol:
        raise ValueError(f"the probabilities add up to {total}, not 1")
    return pmf
