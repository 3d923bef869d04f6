# cell: decide-solution
# Stub: always waits.
def decide(request, node, rack, missed, num_nodes, *,
           node_locality_delay=40, rack_locality_additional_delay=-1):
    return "SKIP"
