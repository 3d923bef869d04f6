# cell: decide-solution
# Computes the default off-switch threshold itself in exact arithmetic instead of Hadoop's float:
# at N=37, L=4, C=37 it waits at MO=3 where Hadoop goes off-switch.
def decide(request, node, rack, missed, num_nodes, *,
           node_locality_delay=40, rack_locality_additional_delay=-1):
    node_count = request.get(node, 0)
    rack_count = request.get(rack, 0)
    any_count = request.get(ANY, 0)
    if node_count > 0 and rack_count > 0:
        return NODE_LOCAL
    if rack_count > 0 and min(num_nodes, node_locality_delay) < missed:
        return RACK_LOCAL
    if any_count > 0:
        unique_asks = sum(1 for count in request.values() if count > 0)
        if unique_asks == 1:
            return OFF_SWITCH
        if rack_locality_additional_delay > -1:
            if missed > min(num_nodes, node_locality_delay + rack_locality_additional_delay):
                return OFF_SWITCH
        elif min(num_nodes, any_count * min(Fraction(unique_asks - 1, num_nodes), 1)) < missed:
            return OFF_SWITCH
    return SKIP
