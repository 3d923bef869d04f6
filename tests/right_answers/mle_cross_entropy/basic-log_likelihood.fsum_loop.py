# cell: log_likelihood-solution
# Validates every probability in a Python loop first, then adds the logs exactly with math.fsum.
def log_likelihood(probs):
    values = [float(p) for p in np.ravel(probs)]
    for p in values:
        if not 0.0 <= p <= 1.0:
            raise ValueError(f"{p} is not a probability")
    if 0.0 in values:
        return -math.inf
    return math.fsum(math.log(p) for p in values)
