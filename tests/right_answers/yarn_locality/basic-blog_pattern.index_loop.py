# cell: blog_pattern-solution
# Walks over the positions the pattern covers; position % (delay + 1) says what each one must be.
def follows_blog_pattern(trace, node_locality_delay, allocations):
    period = node_locality_delay + 1
    length = period * allocations
    if len(trace) < length:
        return False
    for position in range(length):
        _, outcome, missed = trace[position]
        step = position % period
        if step < node_locality_delay:
            if outcome != SKIP or missed != step + 1:
                return False
        elif outcome != RACK_LOCAL or missed != 0:
            return False
    return True
