# cell: norm_properties-solution
# Ignores the rtol and atol passed in and always uses the defaults.
def check_norm_properties(norm, dim=5, trials=200, seed=0, rtol=1e-9, atol=1e-12):
    rng = np.random.default_rng(seed)
    result = {"definite": bool(abs(norm(np.zeros(dim))) <= 1e-12), "homogeneous": True, "triangle": True}
    for _ in range(trials):
        x, y, a = rng.standard_normal(dim), rng.standard_normal(dim), rng.standard_normal()
        fx, fy = norm(x), norm(y)
        result["definite"] &= bool(fx > 0)
        result["homogeneous"] &= bool(abs(norm(a * x) - abs(a) * fx) <= 1e-9 * abs(a) * abs(fx) + 1e-12)
        result["triangle"] &= bool(norm(x + y) <= fx + fy + 1e-9 * (abs(fx) + abs(fy)) + 1e-12)
    return result
