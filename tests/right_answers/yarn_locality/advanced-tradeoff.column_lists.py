# cell: tradeoff-solution
# Fills one list per column while looping over the delays, then builds the DataFrame from the columns.
def locality_tradeoff(racks, request, heartbeats, delays, **settings):
    delays = list(delays)
    columns = {NODE_LOCAL: [], RACK_LOCAL: [], OFF_SWITCH: [], SKIP: []}
    for delay in delays:
        trace = simulate(racks, request, heartbeats, node_locality_delay=delay, **settings)
        outcomes = [record[1] for record in trace]
        allocations = len(outcomes) - outcomes.count(SKIP)
        for level in LEVELS:
            columns[level].append(outcomes.count(level) / allocations if allocations > 0 else 0.0)
        columns[SKIP].append(outcomes.count(SKIP))
    frame = pd.DataFrame(columns, index=pd.Index(delays, name="node_locality_delay"))
    frame[SKIP] = frame[SKIP].astype(int)
    for level in LEVELS:
        frame[level] = frame[level].astype(float)
    return frame
