# cell: heartbeat-solution
# Checks the container limit before the first attempt too, so maximum_container_assignments=0
# makes no attempt at all (Hadoop always makes the first one).
def heartbeat(request, node, rack, missed, num_nodes, room, *,
              node_locality_delay=40, rack_locality_additional_delay=-1,
              rack_locality_full_reset=True, multiple_assignments_enabled=True,
              maximum_container_assignments=100, maximum_offswitch_assignments=1):
    records = []
    assigned = offswitch = 0
    while (room > 0 and request.get(ANY, 0) > 0
           and (maximum_container_assignments == -1 or assigned < maximum_container_assignments)):
        missed += 1
        outcome = decide(request, node, rack, missed, num_nodes,
                         node_locality_delay=node_locality_delay,
                         rack_locality_additional_delay=rack_locality_additional_delay)
        missed = bookkeeping(request, node, rack, outcome, missed,
                             rack_locality_full_reset=rack_locality_full_reset)
        records.append((node, outcome, missed))
        if outcome == SKIP:
            break
        room -= 1
        assigned += 1
        offswitch += outcome == OFF_SWITCH
        if not multiple_assignments_enabled:
            break
        if offswitch >= max(1, maximum_offswitch_assignments):
            break
    return records, missed, room
