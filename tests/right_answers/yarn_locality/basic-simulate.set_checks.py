# cell: simulate-solution
# Validates the cluster, request and heartbeats with set operations before replaying anything.
def simulate(racks, request, heartbeats, *, node_locality_delay=40,
             rack_locality_additional_delay=-1, rack_locality_full_reset=True,
             multiple_assignments_enabled=True, maximum_container_assignments=100,
             maximum_offswitch_assignments=1, containers_per_node=1):
    all_nodes = [node for nodes in racks.values() for node in nodes]
    node_set = set(all_nodes)
    if not all_nodes:
        raise ValueError("empty cluster")
    if len(node_set) != len(all_nodes):
        raise ValueError("a node appears more than once")
    if node_set & (set(racks) | {ANY}):
        raise ValueError("a node is named like a rack or '*'")
    if ANY not in request:
        raise ValueError("'*' is missing from the request")
    if set(request) - node_set - set(racks) - {ANY}:
        raise ValueError("the request names something that is not in the cluster")
    if any(type(c) is bool or not isinstance(c, (int, np.integer)) or c < 0 for c in request.values()):
        raise ValueError("counts must be integers >= 0")
    if not set(heartbeats) <= node_set:
        raise ValueError("heartbeat from a node outside the cluster")
    if containers_per_node < 0:
        raise ValueError("containers_per_node < 0")

    rack_of = {node: rack for rack, nodes in racks.items() for node in nodes}
    num_nodes = len(rack_of)
    wanted = dict((name, count) for name, count in request.items() if count > 0)
    capacity = dict.fromkeys(all_nodes, containers_per_node)
    opportunities = 0
    trace = []
    for node in heartbeats:
        attempts, opportunities, capacity[node] = heartbeat(
            wanted, node, rack_of[node], opportunities, num_nodes, capacity[node],
            node_locality_delay=node_locality_delay,
            rack_locality_additional_delay=rack_locality_additional_delay,
            rack_locality_full_reset=rack_locality_full_reset,
            multiple_assignments_enabled=multiple_assignments_enabled,
            maximum_container_assignments=maximum_container_assignments,
            maximum_offswitch_assignments=maximum_offswitch_assignments)
        trace.extend(attempts)
    return trace
