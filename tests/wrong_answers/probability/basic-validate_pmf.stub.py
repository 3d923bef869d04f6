# cell: validate_pmf-solution
# Stub: accepts everything and returns the input.
def validate_pmf(pmf, atol=1e-9):
    return pmf
