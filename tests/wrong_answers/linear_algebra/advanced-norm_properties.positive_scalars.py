# cell: norm_properties-solution
# Tests homogeneity with positive scalars only, so f(-x) != f(x) goes unnoticed.
def check_norm_properties(norm, dim=5, trials=200, seed=0, rtol=1e-9, atol=1e-12):
    rng = np.random.default_rng(seed)
    result = {"definite": bool(abs(norm(np.zeros(dim))) <= atol), "homogeneous": True, "triangle": True}
    for _ in range(trials):
        x, y, a = rng.standard_normal(dim), rng.standard_normal(dim), rng.uniform(0.1, 3.0)
        fx, fy = norm(x), norm(y)
        result["definite"] &= bool(fx > 0)
        result["homogeneous"] &= bool(abs(norm(a * x) - a * fx) <= rtol * a * abs(fx) + atol)
        result["triangle"] &= bool(norm(x + y) <= fx + fy + rtol * (abs(fx) + abs(fy)) + atol)
    return result
