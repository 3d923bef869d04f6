# cell: offswitch_delay-solution
# Plain Python floats (64 bits): returns a float, and 14.999999999999998 instead of 15 at N=22, L=4, C=110.
def locality_wait_factor(unique_asks, num_nodes):
    if num_nodes < 1:
        raise ValueError("no nodes")
    return min(max(unique_asks - 1, 0) / num_nodes, 1.0)


def offswitch_delay(outstanding, unique_asks, num_nodes):
    return min(num_nodes, outstanding * locality_wait_factor(unique_asks, num_nodes))
