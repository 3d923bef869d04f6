# cell: scaling_curve-solution
# Stub: perfect, free scaling.
def scaling_curve(compute_seconds, num_bytes, bandwidth, latency, max_workers):
    workers = np.arange(1, max_workers + 1)
    return {"workers": workers, "step_seconds": compute_seconds / workers, "speedup": workers.astype(float),
            "efficiency": np.ones(max_workers), "best": int(max_workers)}
