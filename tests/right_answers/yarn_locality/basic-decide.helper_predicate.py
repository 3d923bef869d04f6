# cell: decide-solution
# A small predicate for "the request still wants this name" and a helper for the off-switch rule.
def _wants(request, name):
    return request.get(name, 0) > 0


def _offswitch_allowed(request, missed, num_nodes, node_locality_delay, rack_locality_additional_delay):
    asks = [name for name, count in request.items() if count > 0]
    if asks == [ANY]:
        return True                              # nothing but "*" left: nothing to wait for
    if rack_locality_additional_delay >= 0:
        return missed > min(num_nodes, node_locality_delay + rack_locality_additional_delay)
    return offswitch_delay(request[ANY], len(asks), num_nodes) < missed


def decide(request, node, rack, missed, num_nodes, *,
           node_locality_delay=40, rack_locality_additional_delay=-1):
    if _wants(request, node) and _wants(request, rack):
        return NODE_LOCAL
    if _wants(request, rack) and missed > min(num_nodes, node_locality_delay):
        return RACK_LOCAL
    if _wants(request, ANY) and _offswitch_allowed(request, missed, num_nodes, node_locality_delay,
                                                   rack_locality_additional_delay):
        return OFF_SWITCH
    return SKIP
