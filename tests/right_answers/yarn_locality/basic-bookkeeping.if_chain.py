# cell: bookkeeping-solution
# An if/elif chain picks the names to charge; each count is decremented and popped when it reaches 0.
def bookkeeping(request, node, rack, outcome, missed, *, rack_locality_full_reset=True):
    if outcome == NODE_LOCAL:
        charged = [node, rack, ANY]
    elif outcome == RACK_LOCAL:
        charged = [rack, ANY]
    elif outcome == OFF_SWITCH:
        charged = [ANY]
    elif outcome == SKIP:
        charged = []
    else:
        raise ValueError(f"{outcome!r} is not an allocation outcome")
    for name in charged:
        remaining = request[name] - 1
        if remaining > 0:
            request[name] = remaining
        else:
            request.pop(name)
    if outcome == NODE_LOCAL:
        return 0
    if outcome == RACK_LOCAL and rack_locality_full_reset:
        return 0
    return missed
