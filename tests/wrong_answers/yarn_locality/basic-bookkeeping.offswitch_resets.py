# cell: bookkeeping-solution
# Resets MO after an off-switch allocation too.
def bookkeeping(request, node, rack, outcome, missed, *, rack_locality_full_reset=True):
    taken = {NODE_LOCAL: (node, rack, ANY), RACK_LOCAL: (rack, ANY), OFF_SWITCH: (ANY,), SKIP: ()}
    if outcome not in taken:
        raise ValueError(outcome)
    for name in taken[outcome]:
        request[name] -= 1
        if request[name] <= 0:
            del request[name]
    if outcome in (NODE_LOCAL, OFF_SWITCH) or (outcome == RACK_LOCAL and rack_locality_full_reset):
        return 0
    return missed
