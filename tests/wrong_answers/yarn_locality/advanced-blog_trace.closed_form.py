# cell: blog_trace-solution
# Uses the hand formula d * N + allocations - 1 without simulating: ignores the heartbeats,
# the settings and the other cases.
def min_containers_for_blog(racks, rack, heartbeats, node_locality_delay, allocations=2,
                            max_containers=1000, **settings):
    if max_containers < 1:
        return None
    n = sum(len(nodes) for nodes in racks.values())
    answer = max(node_locality_delay * n + allocations - 1, allocations)
    return answer if answer <= max_containers else None
