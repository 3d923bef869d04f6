# cell: mle_equivalence-solution
# Assumes NumPy arrays: with nested lists X @ W is a TypeError.
def classifier_log_likelihood(W, b, X, y):
    logits = X @ W + b
    top = logits.max(axis=1)
    log_norm = top + np.log(np.sum(np.exp(logits - top[:, None]), axis=1))
    return float(np.sum(logits[np.arange(len(y)), y] - log_norm))
