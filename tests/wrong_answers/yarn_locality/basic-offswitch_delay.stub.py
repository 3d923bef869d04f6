# cell: offswitch_delay-solution
# Stub: no wait, ever.
def locality_wait_factor(unique_asks, num_nodes):
    return 0


def offswitch_delay(outstanding, unique_asks, num_nodes):
    return 0
