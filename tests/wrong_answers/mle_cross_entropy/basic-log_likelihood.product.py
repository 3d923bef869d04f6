# cell: log_likelihood-solution
# Multiplies first and takes the log at the end: the product underflows to 0 and the log is -inf.
def log_likelihood(probs):
    probs = np.asarray(probs, dtype=float)
    if np.any((probs < 0) | (probs > 1)) or np.any(np.isnan(probs)):
        raise ValueError("probabilities must lie in [0, 1]")
    with np.errstate(divide="ignore"):
        return float(np.log(np.prod(probs)))
