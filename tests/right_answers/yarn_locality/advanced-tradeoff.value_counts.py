# cell: tradeoff-solution
# pandas all the way: value_counts of each trace's outcomes, reindexed to the four columns, normalised by the allocations.
def locality_tradeoff(racks, request, heartbeats, delays, **settings):
    order = [NODE_LOCAL, RACK_LOCAL, OFF_SWITCH, SKIP]
    rows = []
    for delay in delays:
        trace = simulate(racks, request, heartbeats, node_locality_delay=delay, **settings)
        counts = pd.Series([outcome for _, outcome, _ in trace], dtype=object).value_counts()
        counts = counts.reindex(order, fill_value=0)
        allocated = int(counts[list(LEVELS)].sum())
        row = {level: float(counts[level]) / allocated if allocated else 0.0 for level in LEVELS}
        row[SKIP] = int(counts[SKIP])
        rows.append(row)
    table = pd.DataFrame(rows, columns=order)
    table.index = pd.Index(list(delays), name="node_locality_delay")
    return table
