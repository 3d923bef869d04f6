# cell: heartbeat-solution
# Stub: never attempts anything.
def heartbeat(request, node, rack, missed, num_nodes, room, *,
              node_locality_delay=40, rack_locality_additional_delay=-1,
              rack_locality_full_reset=True, multiple_assignments_enabled=True,
              maximum_container_assignments=100, maximum_offswitch_assignments=1):
    return [], missed, room
