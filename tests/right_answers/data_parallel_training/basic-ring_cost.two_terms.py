# cell: ring_cost-solution
# The bandwidth term and the latency term computed separately; operator.index for the worker count.
import operator


def ring_allreduce_seconds(num_bytes, workers, bandwidth, latency):
    try:
        n = operator.index(workers)
    except TypeError:
        raise ValueError(f"workers must be an integer, got {workers!r}") from None
    if n < 1 or not bandwidth > 0 or not latency >= 0 or not num_bytes >= 0:
        raise ValueError("invalid arguments for the ring all-reduce")
    if n == 1:
        return 0.0
    bandwidth_term = 2.0 * (n - 1) / n * num_bytes / bandwidth
    latency_term = 2.0 * (n - 1) * latency
    return float(bandwidth_term + latency_term)


def step_seconds(compute_seconds, num_bytes, workers, bandwidth, latency):
    allreduce = ring_allreduce_seconds(num_bytes, workers, bandwidth, latency)   # validates workers first
    if compute_seconds != compute_seconds or compute_seconds <= 0:
        raise ValueError("compute_seconds must be a positive number")
    return compute_seconds / operator.index(workers) + allreduce
