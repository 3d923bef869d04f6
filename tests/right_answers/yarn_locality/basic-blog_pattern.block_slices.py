# cell: blog_pattern-solution
# Cuts the trace into blocks of delay + 1 records and compares each block's outcomes and counts with the expected lists.
def follows_blog_pattern(trace, node_locality_delay, allocations):
    size = node_locality_delay + 1
    want_outcomes = [SKIP] * node_locality_delay + [RACK_LOCAL]
    want_missed = list(range(1, node_locality_delay + 1)) + [0]
    for k in range(allocations):
        block = trace[k * size:(k + 1) * size]
        if len(block) < size:
            return False
        if [record[1] for record in block] != want_outcomes:
            return False
        if [record[2] for record in block] != want_missed:
            return False
    return True
