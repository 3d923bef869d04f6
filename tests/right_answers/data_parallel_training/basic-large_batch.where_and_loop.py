# cell: large_batch-solution
# The schedule with np.where on an array (t / W is computed everywhere and only picked while t < W) and a
# plain if/else for one number; steps_to_target as a Python loop over the trailing windows.
def goyal_learning_rate(step, base_lr, base_batch, batch_size, warmup_steps):
    if np.any(np.asarray(step) < 0):
        raise ValueError("steps must be >= 0")
    if math.isnan(base_lr) or base_lr <= 0:
        raise ValueError("base_lr must be positive")
    if base_batch < 1 or batch_size < 1:
        raise ValueError("batch sizes must be >= 1")
    if warmup_steps < 0:
        raise ValueError("warmup_steps must be >= 0")
    peak = base_lr * (batch_size / base_batch)
    if isinstance(step, np.ndarray):
        return np.where(step < warmup_steps, base_lr + (peak - base_lr) * step / warmup_steps, peak)
    if step >= warmup_steps:
        return peak
    return base_lr + (peak - base_lr) * step / warmup_steps


def steps_to_target(losses, target, window=1):
    if window < 1:
        raise ValueError("window must be at least 1")
    losses = [float(v) for v in losses]
    for t in range(window - 1, len(losses)):
        recent = losses[t - window + 1:t + 1]
        mean = sum(recent) / window
        if math.isfinite(mean) and mean <= target:
            return t + 1
    return None
