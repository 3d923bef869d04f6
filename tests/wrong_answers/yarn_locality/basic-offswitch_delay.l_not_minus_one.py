# cell: offswitch_delay-solution
# Counts "*" as a location the application cares about: L / N instead of (L - 1) / N.
def locality_wait_factor(unique_asks, num_nodes):
    if num_nodes < 1:
        raise ValueError("no nodes")
    return min(unique_asks / num_nodes, 1.0)


def offswitch_delay(outstanding, unique_asks, num_nodes):
    return min(num_nodes, outstanding * locality_wait_factor(unique_asks, num_nodes))
