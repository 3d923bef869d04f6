# cell: ring_cost-solution
# Counts only the reduce-scatter phase: (n-1) rounds instead of 2(n-1).
def ring_allreduce_seconds(num_bytes, workers, bandwidth, latency):
    if not isinstance(workers, (int, np.integer)) or workers < 1:
        raise ValueError("workers must be an integer >= 1")
    if not bandwidth > 0 or not latency >= 0 or not num_bytes >= 0:
        raise ValueError("bad network parameters")
    return float((workers - 1) * (latency + num_bytes / (workers * bandwidth)))


def step_seconds(compute_seconds, num_bytes, workers, bandwidth, latency):
    communication = ring_allreduce_seconds(num_bytes, workers, bandwidth, latency)
    if not compute_seconds > 0:
        raise ValueError("the compute time must be positive")
    return compute_seconds / workers + communication
