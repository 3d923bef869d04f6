# cell: log_likelihood-solution
# Takes np.log only where p > 0 (the other entries keep -inf), so no warning is raised, and sums the logs.
def log_likelihood(probs):
    p = np.asarray(probs, dtype=float)
    if np.any(~((p >= 0) & (p <= 1))):
        raise ValueError("all probabilities must lie in [0, 1]")
    logs = np.full(p.shape, -np.inf)
    np.log(p, out=logs, where=p > 0)
    return float(logs.sum())
