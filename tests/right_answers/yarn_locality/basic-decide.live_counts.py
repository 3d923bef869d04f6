# cell: decide-solution
# Works on a copy holding only the positive counts; thresholds are named first, then compared.
def decide(request, node, rack, missed, num_nodes, *,
           node_locality_delay=40, rack_locality_additional_delay=-1):
    live = {name: count for name, count in request.items() if count > 0}
    rack_wanted = rack in live
    if node in live and rack_wanted:
        return NODE_LOCAL
    rack_threshold = min(num_nodes, node_locality_delay)
    if rack_wanted and rack_threshold < missed:
        return RACK_LOCAL
    if ANY not in live:
        return SKIP
    if len(live) == 1:
        return OFF_SWITCH
    if rack_locality_additional_delay > -1:
        allowed = missed > min(num_nodes, node_locality_delay + rack_locality_additional_delay)
    else:
        allowed = offswitch_delay(live[ANY], len(live), num_nodes) < missed
    return OFF_SWITCH if allowed else SKIP
