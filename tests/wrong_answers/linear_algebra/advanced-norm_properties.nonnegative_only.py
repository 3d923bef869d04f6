# cell: norm_properties-solution
# Checks f(x) >= 0 instead of f(x) > 0: a function that is 0 at non-zero vectors passes as definite.
def check_norm_properties(norm, dim=5, trials=200, seed=0, rtol=1e-9, atol=1e-12):
    rng = np.random.default_rng(seed)
    result = {"definite": bool(abs(norm(np.zeros(dim))) <= atol), "homogeneous": True, "triangle": True}
    for _ in range(trials):
        x = rng.standard_normal(dim)
        y = rng.standard_normal(dim)
        a = rng.standard_normal()
        fx, fy = norm(x), norm(y)
        if fx < 0:
            result["definite"] = False
        if not abs(norm(a * x) - abs(a) * fx) <= rtol * abs(a) * abs(fx) + atol:
            result["homogeneous"] = False
        if not norm(x + y) <= fx + fy + rtol * (abs(fx) + abs(fy)) + atol:
            result["triangle"] = False
    return result
