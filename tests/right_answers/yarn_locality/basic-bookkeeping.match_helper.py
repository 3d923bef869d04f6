# cell: bookkeeping-solution
# A match statement on the outcome; a helper takes one container from a name.
def _take_one(request, name):
    request[name] -= 1
    if request[name] == 0:
        del request[name]


def bookkeeping(request, node, rack, outcome, missed, *, rack_locality_full_reset=True):
    match outcome:
        case "NODE_LOCAL":
            for name in (node, rack, ANY):
                _take_one(request, name)
            return 0
        case "RACK_LOCAL":
            _take_one(request, rack)
            _take_one(request, ANY)
            return 0 if rack_locality_full_reset else missed
        case "OFF_SWITCH":
            _take_one(request, ANY)
            return missed
        case "SKIP":
            return missed
        case _:
            raise ValueError(f"unknown outcome {outcome!r}")
