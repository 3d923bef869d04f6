# cell: decide-solution
# Counts every name of the request as an ask, even those whose count is 0.
def decide(request, node, rack, missed, num_nodes, *,
           node_locality_delay=40, rack_locality_additional_delay=-1):
    if request.get(node, 0) > 0 and request.get(rack, 0) > 0:
        return NODE_LOCAL
    if request.get(rack, 0) > 0 and min(num_nodes, node_locality_delay) < missed:
        return RACK_LOCAL
    if request.get(ANY, 0) > 0:
        unique_asks = len(request)
        if unique_asks == 1:
            return OFF_SWITCH
        if rack_locality_additional_delay > -1:
            if missed > min(num_nodes, node_locality_delay + rack_locality_additional_delay):
                return OFF_SWITCH
        elif offswitch_delay(request[ANY], unique_asks, num_nodes) < missed:
            return OFF_SWITCH
    return SKIP
