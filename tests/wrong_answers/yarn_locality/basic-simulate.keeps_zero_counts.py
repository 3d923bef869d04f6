# cell: simulate-solution
# Copies the request with its zero counts, so the heartbeats see names that ask for nothing.
def simulate(racks, request, heartbeats, *, node_locality_delay=40,
             rack_locality_additional_delay=-1, rack_locality_full_reset=True,
             multiple_assignments_enabled=True, maximum_container_assignments=100,
             maximum_offswitch_assignments=1, containers_per_node=1):
    """Replay `heartbeats` (node names in arrival order) for one application's `request`.

    racks:   {rack: [node, ...]}; every node in exactly one rack.
    request: {name: count}, name a node, a rack or "*"; "*" must be present. Not modified.
    Returns a list of (node, outcome, missed_opportunities), one per allocation attempt.
    ValueError for a malformed cluster, request, heartbeat node or containers_per_node < 0.
    """
    rack_of = {}
    for rack, nodes in racks.items():
        for node in nodes:
            if node in rack_of or node in racks or node == ANY:
                raise ValueError(f"node {node!r} appears twice or clashes with a rack name")
            rack_of[node] = rack
    if not rack_of:
        raise ValueError("the cluster has no nodes")
    if ANY not in request:
        raise ValueError('the request must say how many containers it wants in total ("*")')
    for name, count in request.items():
        if name != ANY and name not in rack_of and name not in racks:
            raise ValueError(f"{name!r} is neither a node, a rack nor '*'")
        if not isinstance(count, (int, np.integer)) or count < 0:
            raise ValueError(f"the count of {name!r} must be an integer >= 0, got {count!r}")
    for node in heartbeats:
        if node not in rack_of:
            raise ValueError(f"heartbeat from unknown node {node!r}")
    if containers_per_node < 0:
        raise ValueError("containers_per_node must be >= 0")

    pending = dict(request)
    room = dict.fromkeys(rack_of, containers_per_node)
    missed = 0
    trace = []
    for node in heartbeats:
        records, missed, room[node] = heartbeat(
            pending, node, rack_of[node], missed, len(rack_of), room[node],
            node_locality_delay=node_locality_delay,
            rack_locality_additional_delay=rack_locality_additional_delay,
            rack_locality_full_reset=rack_locality_full_reset,
            multiple_assignments_enabled=multiple_assignments_enabled,
            maximum_container_assignments=maximum_container_assignments,
            maximum_offswitch_assignments=maximum_offswitch_assignments)
        trace.extend(records)
    return trace
