# cell: tradeoff-solution
# Forgets to pass the other settings on to the simulation.
def locality_tradeoff(racks, request, heartbeats, delays, **settings):
    rows = []
    for delay in delays:
        counts = Counter(o for _, o, _ in simulate(racks, request, heartbeats, node_locality_delay=delay))
        made = counts[NODE_LOCAL] + counts[RACK_LOCAL] + counts[OFF_SWITCH]
        row = {level: (counts[level] / made if made else 0.0) for level in LEVELS}
        row[SKIP] = counts[SKIP]
        rows.append(row)
    return pd.DataFrame(rows, index=pd.Index(list(delays), name="node_locality_delay"),
                        columns=[*LEVELS, SKIP])
