# cell: blog_trace-solution
# Forgets to pass the other settings on to the simulation.
def min_containers_for_blog(racks, rack, heartbeats, node_locality_delay, allocations=2,
                            max_containers=1000, **settings):
    for containers in range(1, max_containers + 1):
        trace = simulate(racks, {rack: containers, ANY: containers}, heartbeats,
                         node_locality_delay=node_locality_delay)
        if follows_blog_pattern(trace, node_locality_delay, allocations):
            return containers
    return None
