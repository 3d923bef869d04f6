# cell: blog_trace-solution
# Starts the search at 0 containers, where the empty request makes an empty trace.
def min_containers_for_blog(racks, rack, heartbeats, node_locality_delay, allocations=2,
                            max_containers=1000, **settings):
    """The smallest C in 1..max_containers for which the request {rack: C, "*": C},
    simulated with node_locality_delay and the other `settings`, follows the blog's
    pattern for `allocations` allocations; None when no such C exists up to max_containers.
    """
    for containers in range(0, max_containers + 1):
        trace = simulate(racks, {rack: containers, ANY: containers}, heartbeats,
                         node_locality_delay=node_locality_delay, **settings)
        if follows_blog_pattern(trace, node_locality_delay, allocations):
            return containers
    return None
