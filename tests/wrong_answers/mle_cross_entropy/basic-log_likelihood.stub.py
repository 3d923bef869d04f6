# cell: log_likelihood-solution
# A stub that returns a constant.
def log_likelihood(probs):
    return 0.0
