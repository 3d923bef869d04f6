# cell: simulate-solution
# Gives every heartbeat a fresh node: forgets the containers placed there earlier.
def simulate(racks, request, heartbeats, *, node_locality_delay=40,
             rack_locality_additional_delay=-1, rack_locality_full_reset=True,
             multiple_assignments_enabled=True, maximum_container_assignments=100,
             maximum_offswitch_assignments=1, containers_per_node=1):
    rack_of = {}
    for rack, nodes in racks.items():
        for node in nodes:
            if node in rack_of or node in racks or node == ANY:
                raise ValueError(node)
            rack_of[node] = rack
    if not rack_of or ANY not in request:
        raise ValueError("bad cluster or request")
    for name, count in request.items():
        if name != ANY and name not in rack_of and name not in racks:
            raise ValueError(name)
        if not isinstance(count, int) or count < 0:
            raise ValueError(count)
    if any(node not in rack_of for node in heartbeats) or containers_per_node < 0:
        raise ValueError("bad heartbeats or containers_per_node")
    settings = dict(node_locality_delay=node_locality_delay,
                    rack_locality_additional_delay=rack_locality_additional_delay,
                    rack_locality_full_reset=rack_locality_full_reset,
                    multiple_assignments_enabled=multiple_assignments_enabled,
                    maximum_container_assignments=maximum_container_assignments,
                    maximum_offswitch_assignments=maximum_offswitch_assignments)
    pending = {k: v for k, v in request.items() if v > 0}
    missed, trace = 0, []
    for node in heartbeats:
        records, missed, _ = heartbeat(pending, node, rack_of[node], missed, len(rack_of),
                                       containers_per_node, **settings)
        trace.extend(records)
    return trace
