# cell: blog_trace-solution
# Tries C = 1, 2, ... in a while loop; the settings dict is passed on unchanged.
def min_containers_for_blog(racks, rack, heartbeats, node_locality_delay, allocations=2,
                            max_containers=1000, **settings):
    c = 1
    while c <= max_containers:
        request = {rack: c, ANY: c}
        trace = simulate(racks, request, heartbeats, node_locality_delay=node_locality_delay, **settings)
        if follows_blog_pattern(trace, node_locality_delay, allocations):
            return c
        c += 1
    return None
