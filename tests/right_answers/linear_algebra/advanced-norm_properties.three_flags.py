# cell: norm_properties-solution
# Three running flags, each and-ed with its property's check after the four norms of a trial are computed.
def check_norm_properties(norm, dim=5, trials=200, seed=0, rtol=1e-9, atol=1e-12):
    rng = np.random.default_rng(seed)
    definite = abs(norm(np.zeros(dim))) <= atol
    homogeneous = triangle = True
    for _ in range(trials):
        x, y, a = rng.standard_normal(dim), rng.standard_normal(dim), rng.standard_normal()
        fx, fy = norm(x), norm(y)
        f_scaled, f_sum = norm(a * x), norm(x + y)
        definite = definite and fx > 0
        homogeneous = homogeneous and abs(f_scaled - abs(a) * fx) <= rtol * abs(a) * abs(fx) + atol
        triangle = triangle and f_sum <= fx + fy + rtol * (abs(fx) + abs(fy)) + atol
    return {"definite": bool(definite), "homogeneous": bool(homogeneous), "triangle": bool(triangle)}
