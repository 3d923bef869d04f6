# cell: tradeoff-solution
# Divides by all attempts (SKIPs included) instead of by the allocations.
def locality_tradeoff(racks, request, heartbeats, delays, **settings):
    rows = []
    for delay in delays:
        trace = simulate(racks, request, heartbeats, node_locality_delay=delay, **settings)
        counts = Counter(outcome for _, outcome, _ in trace)
        total = len(trace)
        row = {level: (counts[level] / total if total else 0.0) for level in LEVELS}
        row[SKIP] = counts[SKIP]
        rows.append(row)
    return pd.DataFrame(rows, index=pd.Index(list(delays), name="node_locality_delay"),
                        columns=[*LEVELS, SKIP])
