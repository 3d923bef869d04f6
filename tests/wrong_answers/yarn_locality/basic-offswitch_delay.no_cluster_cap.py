# cell: offswitch_delay-solution
# Forgets to cap the delay by the cluster size: C * f(L, N) instead of min(N, C * f(L, N)) (in float32).
def locality_wait_factor(unique_asks, num_nodes):
    if num_nodes < 1:
        raise ValueError("no nodes")
    return min(np.float32(max(unique_asks - 1, 0)) / np.float32(num_nodes), np.float32(1))


def offswitch_delay(outstanding, unique_asks, num_nodes):
    return np.float32(outstanding) * locality_wait_factor(unique_asks, num_nodes)
