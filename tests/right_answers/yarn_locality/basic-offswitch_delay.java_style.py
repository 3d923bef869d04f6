# cell: offswitch_delay-solution
# Transcribes the Java lines: every (float) cast is a helper call, Math.min is an explicit comparison.
def _java_float(value):
    return np.float32(value)


def locality_wait_factor(unique_asks, num_nodes):
    if num_nodes <= 0:
        raise ValueError("the cluster has no nodes")
    required = unique_asks - 1 if unique_asks > 1 else 0
    factor = _java_float(required) / _java_float(num_nodes)
    one = _java_float(1)
    return factor if factor < one else one


def offswitch_delay(outstanding, unique_asks, num_nodes):
    if num_nodes <= 0:
        raise ValueError("the cluster has no nodes")
    wanted = _java_float(outstanding) * locality_wait_factor(unique_asks, num_nodes)
    cap = _java_float(num_nodes)
    return wanted if wanted < cap else cap
