# cell: scaling_curve-solution
# On a tie picks the larger worker count (compares with <=): pays for a worker that buys nothing.
def scaling_curve(compute_seconds, num_bytes, bandwidth, latency, max_workers):
    if not isinstance(max_workers, (int, np.integer)) or max_workers < 1:
        raise ValueError("max_workers must be an integer >= 1")
    workers = np.arange(1, max_workers + 1)
    seconds = np.array([step_seconds(compute_seconds, num_bytes, int(n), bandwidth, latency) for n in workers])
    best = 1
    for n, t in zip(workers, seconds):
        if t <= seconds[best - 1]:
            best = int(n)
    speedup = seconds[0] / seconds
    return {"workers": workers, "step_seconds": seconds, "speedup": speedup, "efficiency": speedup / workers,
            "best": best}
