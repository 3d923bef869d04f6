# cell: offswitch_delay-solution
# Computes in 64-bit Python floats and only casts the result to float32: 3.0 instead of 2.9999998.
def locality_wait_factor(unique_asks, num_nodes):
    if num_nodes < 1:
        raise ValueError("no nodes")
    return np.float32(min(max(unique_asks - 1, 0) / num_nodes, 1.0))


def offswitch_delay(outstanding, unique_asks, num_nodes):
    if num_nodes < 1:
        raise ValueError("no nodes")
    return np.float32(min(num_nodes, outstanding * min(max(unique_asks - 1, 0) / num_nodes, 1.0)))
