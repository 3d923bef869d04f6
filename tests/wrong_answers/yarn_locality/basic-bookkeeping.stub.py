# cell: bookkeeping-solution
# Stub: resets MO and forgets to update the request.
def bookkeeping(request, node, rack, outcome, missed, *, rack_locality_full_reset=True):
    return 0
