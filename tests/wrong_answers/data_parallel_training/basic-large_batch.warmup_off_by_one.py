# cell: large_batch-solution
# Warm-up off by one: uses (t + 1) / W, so step 0 already runs above the base rate.
def goyal_learning_rate(step, base_lr, base_batch, batch_size, warmup_steps):
    step = np.asarray(step, dtype=float)
    if np.any(step < 0) or not base_lr > 0 or base_batch < 1 or batch_size < 1 or warmup_steps < 0:
        raise ValueError("bad arguments")
    target = base_lr * batch_size / base_batch
    if warmup_steps == 0:
        progress = np.ones_like(step)
    else:
        progress = np.minimum((step + 1) / warmup_steps, 1.0)
    rate = base_lr + (target - base_lr) * progress
    return float(rate) if rate.ndim == 0 else rate


def steps_to_target(losses, target, window=1):
    if window < 1:
        raise ValueError("window must be at least 1")
    losses = np.asarray(losses, dtype=float)
    for t in range(window - 1, len(losses)):
        if np.mean(losses[t - window + 1:t + 1]) <= target:
            return t + 1
    return None
