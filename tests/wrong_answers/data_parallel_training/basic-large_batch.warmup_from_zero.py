# cell: large_batch-solution
# Warms up from 0 instead of from the base rate (a common library default, not Goyal et al.'s rule).
def goyal_learning_rate(step, base_lr, base_batch, batch_size, warmup_steps):
    step = np.asarray(step, dtype=float)
    if np.any(step < 0) or not base_lr > 0 or base_batch < 1 or batch_size < 1 or warmup_steps < 0:
        raise ValueError("bad arguments")
    target = base_lr * batch_size / base_batch
    progress = np.ones_like(step) if warmup_steps == 0 else np.minimum(step / warmup_steps, 1.0)
    rate = target * progress
    return float(rate) if rate.ndim == 0 else rate


def steps_to_target(losses, target, window=1):
    if window < 1:
        raise ValueError("window must be at least 1")
    losses = np.asarray(losses, dtype=float)
    for t in range(window - 1, len(losses)):
        if np.mean(losses[t - window + 1:t + 1]) <= target:
            return t + 1
    return None
