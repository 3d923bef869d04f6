# cell: offswitch_delay-solution
# Counts "*" as a location the application cares about: L / N instead of (L - 1) / N (in float32).
def locality_wait_factor(unique_asks, num_nodes):
    if num_nodes < 1:
        raise ValueError("no nodes")
    return min(np.float32(unique_asks) / np.float32(num_nodes), np.float32(1))


def offswitch_delay(outstanding, unique_asks, num_nodes):
    return min(np.float32(num_nodes), np.float32(outstanding) * locality_wait_factor(unique_asks, num_nodes))
