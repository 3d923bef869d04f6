# cell: bookkeeping-solution
# Leaves names with count 0 in the request (they still count as unique asks).
def bookkeeping(request, node, rack, outcome, missed, *, rack_locality_full_reset=True):
    taken = {NODE_LOCAL: (node, rack, ANY), RACK_LOCAL: (rack, ANY), OFF_SWITCH: (ANY,), SKIP: ()}
    if outcome not in taken:
        raise ValueError(outcome)
    for name in taken[outcome]:
        request[name] -= 1
    if outcome == NODE_LOCAL or (outcome == RACK_LOCAL and rack_locality_full_reset):
        return 0
    return missed
