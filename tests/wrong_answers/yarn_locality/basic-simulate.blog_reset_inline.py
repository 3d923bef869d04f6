# cell: simulate-solution
# Written in one piece, following the blog: without full reset MO goes back to the delay.
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
    n = len(rack_of)
    pending = {k: v for k, v in request.items() if v > 0}
    room = dict.fromkeys(rack_of, containers_per_node)
    missed, trace = 0, []
    for node in heartbeats:
        rack = rack_of[node]
        made = offswitch = 0
        while room[node] > 0 and pending.get(ANY, 0) > 0:
            missed += 1
            live = len(pending)
            if pending.get(node, 0) > 0 and pending.get(rack, 0) > 0:
                outcome, names = NODE_LOCAL, (node, rack, ANY)
            elif pending.get(rack, 0) > 0 and min(n, node_locality_delay) < missed:
                outcome, names = RACK_LOCAL, (rack, ANY)
            elif live == 1 or (
                    missed > min(n, node_locality_delay + rack_locality_additional_delay)
                    if rack_locality_additional_delay > -1
                    else min(n, pending[ANY] * min((live - 1) / n, 1)) < missed):
                outcome, names = OFF_SWITCH, (ANY,)
            else:
                outcome, names = SKIP, ()
            for name in names:
                pending[name] -= 1
                if pending[name] == 0:
                    del pending[name]
            if outcome == NODE_LOCAL or (outcome == RACK_LOCAL and rack_locality_full_reset):
                missed = 0
            elif outcome == RACK_LOCAL:
                missed = min(n, node_locality_delay)
            trace.append((node, outcome, missed))
            if outcome == SKIP:
                break
            room[node] -= 1
            made += 1
            offswitch += outcome == OFF_SWITCH
            if (not multiple_assignments_enabled or offswitch >= max(1, maximum_offswitch_assignments)
                    or (maximum_container_assignments != -1 and made >= maximum_container_assignments)):
                break
    return trace
