# cell: blog_pattern-solution
# Stub: every trace looks like the blog's.
def follows_blog_pattern(trace, node_locality_delay, allocations):
    return True
