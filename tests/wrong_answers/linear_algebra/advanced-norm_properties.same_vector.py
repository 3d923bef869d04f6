# cell: norm_properties-solution
# Checks the triangle inequality with y = x, where every homogeneous function passes.
def check_norm_properties(norm, dim=5, trials=200, seed=0, rtol=1e-9, atol=1e-12):
    rng = np.random.default_rng(seed)
    result = {"definite": bool(abs(norm(np.zeros(dim))) <= atol), "homogeneous": True, "triangle": True}
    for _ in range(trials):
        x, a = rng.standard_normal(dim), rng.standard_normal()
        fx = norm(x)
        result["definite"] &= bool(fx > 0)
        result["homogeneous"] &= bool(abs(norm(a * x) - abs(a) * fx) <= rtol * abs(a) * abs(fx) + atol)
        result["triangle"] &= bool(norm(x + x) <= 2 * fx + 2 * rtol * abs(fx) + atol)
    return result
