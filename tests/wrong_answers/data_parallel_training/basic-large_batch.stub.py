# cell: large_batch-solution
# Stub: the base rate at every step, and the target never reached.
def goyal_learning_rate(step, base_lr, base_batch, batch_size, warmup_steps):
    step = np.asarray(step, dtype=float)
    return float(base_lr) if step.ndim == 0 else np.full(step.shape, float(base_lr))


def steps_to_target(losses, target, window=1):
    return None
