# cell: lp_norm-solution
# Stub: a constant.
def lp_norm(x, p):
    if p < 1:
        raise ValueError("p must be at least 1")
    return 0.0
