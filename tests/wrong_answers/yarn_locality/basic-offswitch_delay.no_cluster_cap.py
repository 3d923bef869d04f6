# cell: offswitch_delay-solution
# Forgets to cap the delay by the cluster size: C * f(L, N) instead of min(N, C * f(L, N)).
from fractions import Fraction


def locality_wait_factor(unique_asks, num_nodes):
    if num_nodes < 1:
        raise ValueError("no nodes")
    return min(Fraction(max(unique_asks - 1, 0), num_nodes), Fraction(1))


def offswitch_delay(outstanding, unique_asks, num_nodes):
    return outstanding * locality_wait_factor(unique_asks, num_nodes)
