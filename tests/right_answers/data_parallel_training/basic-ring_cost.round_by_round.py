# cell: ring_cost-solution
# Adds up the 2(n-1) rounds of the ring one by one (alpha + S/(nB) each); validation in a helper.
def _check_ring_arguments(num_bytes, workers, bandwidth, latency):
    if isinstance(workers, bool) or not isinstance(workers, (int, np.integer)):
        raise ValueError("workers must be a whole number")
    if workers < 1:
        raise ValueError("at least one worker")
    if math.isnan(bandwidth) or bandwidth <= 0:
        raise ValueError("bandwidth must be positive")
    if math.isnan(latency) or latency < 0:
        raise ValueError("latency must be >= 0")
    if math.isnan(num_bytes) or num_bytes < 0:
        raise ValueError("num_bytes must be >= 0")


def ring_allreduce_seconds(num_bytes, workers, bandwidth, latency):
    _check_ring_arguments(num_bytes, workers, bandwidth, latency)
    n = int(workers)
    one_round = latency + num_bytes / n / bandwidth
    total = 0.0
    for _ in range(2 * (n - 1)):       # n - 1 rounds of reduce-scatter, n - 1 of all-gather
        total += one_round
    return total


def step_seconds(compute_seconds, num_bytes, workers, bandwidth, latency):
    if math.isnan(compute_seconds) or compute_seconds <= 0:
        raise ValueError("compute_seconds must be positive")
    communication = ring_allreduce_seconds(num_bytes, workers, bandwidth, latency)   # checks workers >= 1
    return compute_seconds / workers + communication
