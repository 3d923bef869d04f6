# cell: tradeoff-solution
# Builds the table from one float array, so SKIP comes out as a float, not a count.
def locality_tradeoff(racks, request, heartbeats, delays, **settings):
    """One simulation per node_locality_delay in `delays` (other settings passed on).

    Returns a pandas DataFrame indexed by the delays (index name "node_locality_delay") with
    columns NODE_LOCAL, RACK_LOCAL, OFF_SWITCH (each the share of the allocations made,
    0.0 when there were none) and SKIP (the number of SKIP attempts, an int).
    """
    rows = []
    for delay in delays:
        counts = Counter(outcome for _, outcome, _ in
                         simulate(racks, request, heartbeats, node_locality_delay=delay, **settings))
        made = counts[NODE_LOCAL] + counts[RACK_LOCAL] + counts[OFF_SWITCH]
        row = {level: (counts[level] / made if made else 0.0) for level in LEVELS}
        row[SKIP] = counts[SKIP]
        rows.append(row)
    values = np.array([[row[k] for k in (*LEVELS, SKIP)] for row in rows], dtype=float).reshape(-1, 4)
    return pd.DataFrame(values, index=pd.Index(list(delays), name="node_locality_delay"),
                        columns=[*LEVELS, SKIP])
