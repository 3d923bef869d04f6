# cell: log_likelihood-solution
# The average log-probability instead of the sum.
def log_likelihood(probs):
    probs = np.asarray(probs, dtype=float)
    if np.any((probs < 0) | (probs > 1)) or np.any(np.isnan(probs)):
        raise ValueError("probabilities must lie in [0, 1]")
    if probs.size == 0:
        return 0.0
    if np.any(probs == 0):
        return -math.inf
    return float(np.mean(np.log(probs)))
