# cell: blog_pattern-solution
# Checks the outcomes but not the missed opportunities.
def follows_blog_pattern(trace, node_locality_delay, allocations):
    expected = ([SKIP] * node_locality_delay + [RACK_LOCAL]) * allocations
    return [outcome for _, outcome, _ in trace[:len(expected)]] == expected
