# cell: heartbeat-solution
# At most `room` attempts can allocate, so a for loop over range(room); the stop condition is one expression.
def heartbeat(request, node, rack, missed, num_nodes, room, *,
              node_locality_delay=40, rack_locality_additional_delay=-1,
              rack_locality_full_reset=True, multiple_assignments_enabled=True,
              maximum_container_assignments=100, maximum_offswitch_assignments=1):
    offswitch_limit = maximum_offswitch_assignments if maximum_offswitch_assignments >= 1 else 1
    unlimited = maximum_container_assignments == -1
    records, made, made_offswitch = [], 0, 0
    for _ in range(max(room, 0)):
        if not request.get(ANY):
            break
        missed = missed + 1
        outcome = decide(request, node, rack, missed, num_nodes,
                         node_locality_delay=node_locality_delay,
                         rack_locality_additional_delay=rack_locality_additional_delay)
        missed = bookkeeping(request, node, rack, outcome, missed,
                             rack_locality_full_reset=rack_locality_full_reset)
        records.append((node, outcome, missed))
        if outcome == SKIP:
            break
        room = room - 1
        made = made + 1
        if outcome == OFF_SWITCH:
            made_offswitch = made_offswitch + 1
        stop = (not multiple_assignments_enabled
                or (not unlimited and made >= maximum_container_assignments)
                or made_offswitch >= offswitch_limit)
        if stop:
            break
    return records, missed, room
