# cell: offswitch_delay-solution
# Rejects only a cluster of exactly 0 nodes: a negative node count gives a (negative) number, not ValueError.
def locality_wait_factor(unique_asks, num_nodes):
    if num_nodes == 0:
        raise ValueError("no nodes")
    return min(np.float32(max(unique_asks - 1, 0)) / np.float32(num_nodes), np.float32(1))


def offswitch_delay(outstanding, unique_asks, num_nodes):
    return min(np.float32(num_nodes), np.float32(outstanding) * locality_wait_factor(unique_asks, num_nodes))
