# cell: offswitch_delay-solution
# Forgets that the wait factor is at most 1 (the blog's formula: unique asks / N).
def locality_wait_factor(unique_asks, num_nodes):
    if num_nodes < 1:
        raise ValueError("no nodes")
    return max(unique_asks - 1, 0) / num_nodes


def offswitch_delay(outstanding, unique_asks, num_nodes):
    return min(num_nodes, outstanding * locality_wait_factor(unique_asks, num_nodes))
