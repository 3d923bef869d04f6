# cell: offswitch_delay-solution
# Exact arithmetic with Fraction (the old notebook's answer): 3 instead of Hadoop's 2.9999998 at N=37, L=4, C=37.
from fractions import Fraction


def locality_wait_factor(unique_asks, num_nodes):
    if num_nodes < 1:
        raise ValueError(f"a cluster needs at least one node, got num_nodes={num_nodes}")
    return min(Fraction(max(unique_asks - 1, 0), num_nodes), Fraction(1))


def offswitch_delay(outstanding, unique_asks, num_nodes):
    return min(Fraction(num_nodes), outstanding * locality_wait_factor(unique_asks, num_nodes))
