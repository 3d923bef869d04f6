# cell: blog_trace-solution
# A helper tests one C; next() over a generator returns the first C that passes, or the default None.
def min_containers_for_blog(racks, rack, heartbeats, node_locality_delay, allocations=2,
                            max_containers=1000, **settings):
    def matches(count):
        trace = simulate(racks, {rack: count, ANY: count}, heartbeats,
                         node_locality_delay=node_locality_delay, **settings)
        return follows_blog_pattern(trace, node_locality_delay, allocations)

    return next((count for count in range(1, max_containers + 1) if matches(count)), None)
