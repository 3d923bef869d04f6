# cell: norm_properties-solution
# Counts the failures of each property with helper predicates; the zero vector is checked after the trials.
def _homogeneous_ok(f_ax, f_x, a, rtol, atol):
    return abs(f_ax - abs(a) * f_x) <= rtol * abs(a) * abs(f_x) + atol


def _triangle_ok(f_sum, f_x, f_y, rtol, atol):
    return f_sum <= f_x + f_y + rtol * (abs(f_x) + abs(f_y)) + atol


def check_norm_properties(norm, dim=5, trials=200, seed=0, rtol=1e-9, atol=1e-12):
    rng = np.random.default_rng(seed)
    failures = {"definite": 0, "homogeneous": 0, "triangle": 0}
    for trial in range(trials):
        x = rng.standard_normal(dim)
        y = rng.standard_normal(dim)
        a = rng.standard_normal()
        f_x = norm(x)
        f_y = norm(y)
        if f_x <= 0 or f_x != f_x:
            failures["definite"] += 1
        if not _homogeneous_ok(norm(a * x), f_x, a, rtol, atol):
            failures["homogeneous"] += 1
        if not _triangle_ok(norm(x + y), f_x, f_y, rtol, atol):
            failures["triangle"] += 1
    if abs(norm(np.zeros(dim))) > atol:
        failures["definite"] += 1
    return {name: count == 0 for name, count in failures.items()}
