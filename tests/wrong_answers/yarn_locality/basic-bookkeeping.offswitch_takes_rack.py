# cell: bookkeeping-solution
# An off-switch container is also taken from the node's rack count.
def bookkeeping(request, node, rack, outcome, missed, *, rack_locality_full_reset=True):
    taken = {NODE_LOCAL: (node, rack, ANY), RACK_LOCAL: (rack, ANY), OFF_SWITCH: (rack, ANY), SKIP: ()}
    if outcome not in taken:
        raise ValueError(outcome)
    for name in taken[outcome]:
        if name in request:
            request[name] -= 1
            if request[name] <= 0:
                del request[name]
    if outcome == NODE_LOCAL or (outcome == RACK_LOCAL and rack_locality_full_reset):
        return 0
    return missed
