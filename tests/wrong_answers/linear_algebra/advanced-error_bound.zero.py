# cell: error_bound-solution
# Stub: a constant.
def relative_error_bound(A, x_hat, b):
    return 0.0
