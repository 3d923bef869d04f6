# cell: ring_cost-solution
# Stub: communication is free and the compute does not split.
def ring_allreduce_seconds(num_bytes, workers, bandwidth, latency):
    return 0.0


def step_seconds(compute_seconds, num_bytes, workers, bandwidth, latency):
    return float(compute_seconds)
