# cell: scaling_curve-solution
# Calls the most efficient count "best" (always 1 worker), and inverts the speed-up.
def scaling_curve(compute_seconds, num_bytes, bandwidth, latency, max_workers):
    if not isinstance(max_workers, (int, np.integer)) or max_workers < 1:
        raise ValueError("max_workers must be an integer >= 1")
    workers = np.arange(1, max_workers + 1)
    seconds = np.array([step_seconds(compute_seconds, num_bytes, int(n), bandwidth, latency) for n in workers])
    speedup = seconds / seconds[0]
    efficiency = speedup / workers
    return {"workers": workers, "step_seconds": seconds, "speedup": speedup, "efficiency": efficiency,
            "best": int(workers[np.argmax(efficiency)])}
