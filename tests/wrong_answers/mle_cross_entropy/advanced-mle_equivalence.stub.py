# cell: mle_equivalence-solution
# A stub that returns a constant.
def classifier_log_likelihood(W, b, X, y):
    return 0.0
