# cell: blog_pattern-solution
# Looks only at where the rack-local containers fall, not at what happens in between.
def follows_blog_pattern(trace, node_locality_delay, allocations):
    for k in range(1, allocations + 1):
        index = k * (node_locality_delay + 1) - 1
        if index >= len(trace) or trace[index][1] != RACK_LOCAL:
            return False
    return True
