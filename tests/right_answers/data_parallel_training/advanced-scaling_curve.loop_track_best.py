# cell: scaling_curve-solution
# A loop over n that fills lists and keeps the best count with a strict <, so the first minimum wins.
def scaling_curve(compute_seconds, num_bytes, bandwidth, latency, max_workers):
    if isinstance(max_workers, bool) or not isinstance(max_workers, (int, np.integer)):
        raise ValueError("max_workers must be an integer")
    if max_workers < 1:
        raise ValueError("max_workers must be at least 1")
    times, speedups, efficiencies = [], [], []
    best, best_time = None, math.inf
    for n in range(1, int(max_workers) + 1):
        t = step_seconds(compute_seconds, num_bytes, n, bandwidth, latency)
        times.append(t)
        speedups.append(times[0] / t)
        efficiencies.append(times[0] / t / n)
        if t < best_time:
            best, best_time = n, t
    return {
        "workers": np.arange(1, int(max_workers) + 1, dtype=int),
        "step_seconds": np.array(times),
        "speedup": np.array(speedups),
        "efficiency": np.array(efficiencies),
        "best": best,
    }
