# cell: simulate-solution
# Two validation helpers (cluster, request) return clean copies; the settings go to heartbeat as one dict.
import numbers


def _rack_of_nodes(racks):
    rack_of = {}
    for rack in racks:
        for node in racks[rack]:
            if node == ANY or node in racks:
                raise ValueError(f"node name {node!r} is reserved for a rack or for '*'")
            if node in rack_of:
                raise ValueError(f"node {node!r} is listed more than once")
            rack_of[node] = rack
    if len(rack_of) == 0:
        raise ValueError("a cluster needs at least one node")
    return rack_of


def _outstanding(request, rack_of, racks):
    if ANY not in request:
        raise ValueError("the request has no '*' entry")
    outstanding = {}
    for name, count in request.items():
        if not (name == ANY or name in rack_of or name in racks):
            raise ValueError(f"unknown name {name!r} in the request")
        if isinstance(count, bool) or not isinstance(count, numbers.Integral) or count < 0:
            raise ValueError(f"count {count!r} of {name!r} is not a whole number >= 0")
        if count > 0:
            outstanding[name] = count
    return outstanding


def simulate(racks, request, heartbeats, *, node_locality_delay=40,
             rack_locality_additional_delay=-1, rack_locality_full_reset=True,
             multiple_assignments_enabled=True, maximum_container_assignments=100,
             maximum_offswitch_assignments=1, containers_per_node=1):
    rack_of = _rack_of_nodes(racks)
    pending = _outstanding(request, rack_of, racks)
    unknown = [node for node in heartbeats if node not in rack_of]
    if unknown:
        raise ValueError(f"heartbeats from unknown nodes: {unknown}")
    if containers_per_node < 0:
        raise ValueError("containers_per_node cannot be negative")
    settings = dict(node_locality_delay=node_locality_delay,
                    rack_locality_additional_delay=rack_locality_additional_delay,
                    rack_locality_full_reset=rack_locality_full_reset,
                    multiple_assignments_enabled=multiple_assignments_enabled,
                    maximum_container_assignments=maximum_container_assignments,
                    maximum_offswitch_assignments=maximum_offswitch_assignments)
    free = {node: containers_per_node for node in rack_of}
    missed = 0
    trace = []
    for node in heartbeats:
        records, missed, free[node] = heartbeat(pending, node, rack_of[node], missed, len(rack_of),
                                                free[node], **settings)
        trace += records
    return trace
