# cell: ring_cost-solution
# The parameter server's load, n S / B, instead of the ring's 2(n-1)/n S / B per worker.
def ring_allreduce_seconds(num_bytes, workers, bandwidth, latency):
    if not isinstance(workers, (int, np.integer)) or workers < 1:
        raise ValueError("workers must be an integer >= 1")
    if not bandwidth > 0 or not latency >= 0 or not num_bytes >= 0:
        raise ValueError("bad network parameters")
    if workers == 1:
        return 0.0
    return float(workers * num_bytes / bandwidth + 2 * (workers - 1) * latency)


def step_seconds(compute_seconds, num_bytes, workers, bandwidth, latency):
    communication = ring_allreduce_seconds(num_bytes, workers, bandwidth, latency)
    if not compute_seconds > 0:
        raise ValueError("the compute time must be positive")
    return compute_seconds / workers + communication
