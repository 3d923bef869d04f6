# cell: log_likelihood-solution
# Takes np.log of a zero probability, which gives -inf with a RuntimeWarning.
def log_likelihood(probs):
    probs = np.asarray(probs, dtype=float)
    if np.any((probs < 0) | (probs > 1)) or np.any(np.isnan(probs)):
        raise ValueError("probabilities must lie in [0, 1]")
    return float(np.sum(np.log(probs)))
