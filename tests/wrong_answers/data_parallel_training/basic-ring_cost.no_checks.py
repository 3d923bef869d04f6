# cell: ring_cost-solution
# Right formulas without validation: workers=0 divides by zero, a negative latency passes.
def ring_allreduce_seconds(num_bytes, workers, bandwidth, latency):
    return float(2 * (workers - 1) * (latency + num_bytes / (workers * bandwidth)))


def step_seconds(compute_seconds, num_bytes, workers, bandwidth, latency):
    return compute_seconds / workers + ring_allreduce_seconds(num_bytes, workers, bandwidth, latency)
