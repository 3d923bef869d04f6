# cell: scaling_curve-solution
# np.fromiter over step_seconds, and Python's min with a key (it returns the first of equal minima).
def scaling_curve(compute_seconds, num_bytes, bandwidth, latency, max_workers):
    if not isinstance(max_workers, (int, np.integer)) or not max_workers >= 1:
        raise ValueError("max_workers: an integer, 1 or more")
    n_values = list(range(1, max_workers + 1))
    T = np.fromiter((step_seconds(compute_seconds, num_bytes, n, bandwidth, latency) for n in n_values),
                    dtype=float, count=len(n_values))
    curve = {"workers": np.array(n_values), "step_seconds": T}
    curve["speedup"] = T[0] / T
    curve["efficiency"] = curve["speedup"] / curve["workers"]
    curve["best"] = min(n_values, key=lambda n: T[n - 1])
    return curve
