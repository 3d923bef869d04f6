# cell: heartbeat-solution
# Mirrors Hadoop's structure: the loop asks a canAllocateMore-style helper whether to offer the node again.
def _can_allocate_more(assigned, offswitch, multiple_assignments_enabled, maximum_container_assignments,
                       maximum_offswitch_assignments):
    if not multiple_assignments_enabled:
        return False
    if maximum_container_assignments != -1 and assigned >= maximum_container_assignments:
        return False
    return offswitch < max(1, maximum_offswitch_assignments)


def heartbeat(request, node, rack, missed, num_nodes, room, *,
              node_locality_delay=40, rack_locality_additional_delay=-1,
              rack_locality_full_reset=True, multiple_assignments_enabled=True,
              maximum_container_assignments=100, maximum_offswitch_assignments=1):
    records = []
    assigned = offswitch = 0
    again = True
    while again and room > 0 and request.get(ANY, 0) > 0:
        missed += 1
        outcome = decide(request, node, rack, missed, num_nodes, node_locality_delay=node_locality_delay,
                         rack_locality_additional_delay=rack_locality_additional_delay)
        missed = bookkeeping(request, node, rack, outcome, missed,
                             rack_locality_full_reset=rack_locality_full_reset)
        records.append((node, outcome, missed))
        if outcome == SKIP:
            break
        room -= 1
        assigned += 1
        offswitch += outcome == OFF_SWITCH
        again = _can_allocate_more(assigned, offswitch, multiple_assignments_enabled,
                                   maximum_container_assignments, maximum_offswitch_assignments)
    return records, missed, room
