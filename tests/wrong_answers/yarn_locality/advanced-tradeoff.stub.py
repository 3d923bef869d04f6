# cell: tradeoff-solution
# Stub: zeros of the right shape.
def locality_tradeoff(racks, request, heartbeats, delays, **settings):
    return pd.DataFrame(0.0, index=pd.Index(list(delays), name="node_locality_delay"),
                        columns=["NODE_LOCAL", "RACK_LOCAL", "OFF_SWITCH", "SKIP"])
