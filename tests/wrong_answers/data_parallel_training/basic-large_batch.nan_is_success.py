# cell: large_batch-solution
# Tests "not above the target": a diverged run (nan) counts as having reached it; no checks on the arguments.
def goyal_learning_rate(step, base_lr, base_batch, batch_size, warmup_steps):
    step = np.asarray(step, dtype=float)
    target = base_lr * batch_size / base_batch
    progress = np.ones_like(step) if warmup_steps == 0 else np.minimum(step / warmup_steps, 1.0)
    rate = base_lr + (target - base_lr) * progress
    return float(rate) if rate.ndim == 0 else rate


def steps_to_target(losses, target, window=1):
    losses = np.asarray(losses, dtype=float)
    for t in range(window - 1, len(losses)):
        if not np.mean(losses[t - window + 1:t + 1]) > target:
            return t + 1
    return None
