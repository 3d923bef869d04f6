# cell: heartbeat-solution
# Calls the reference simulator the old hidden tests left in the kernel instead of writing heartbeat.
def heartbeat(request, node, rack, missed, num_nodes, room, *,
              node_locality_delay=40, rack_locality_additional_delay=-1,
              rack_locality_full_reset=True, multiple_assignments_enabled=True,
              maximum_container_assignments=100, maximum_offswitch_assignments=1):
    return _yl_R.heartbeat(request, node, rack, missed, num_nodes, room,
                           node_locality_delay=node_locality_delay,
                           rack_locality_additional_delay=rack_locality_additional_delay,
                           rack_locality_full_reset=rack_locality_full_reset,
                           multiple_assignments_enabled=multiple_assignments_enabled,
                           maximum_container_assignments=maximum_container_assignments,
                           maximum_offswitch_assignments=maximum_offswitch_assignments)
