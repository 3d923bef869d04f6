# cell: norm_properties-solution
# Draws every trial first, evaluates the norm on lists of vectors, then checks each property with all().
def check_norm_properties(norm, dim=5, trials=200, seed=0, rtol=1e-9, atol=1e-12):
    rng = np.random.default_rng(seed)
    xs, ys, scalars = [], [], []
    for _ in range(trials):
        xs.append(rng.standard_normal(dim))
        ys.append(rng.standard_normal(dim))
        scalars.append(rng.standard_normal())
    f_zero = norm(np.zeros(dim))
    f_x = [norm(x) for x in xs]
    f_y = [norm(y) for y in ys]
    f_ax = [norm(a * x) for a, x in zip(scalars, xs)]
    f_sum = [norm(x + y) for x, y in zip(xs, ys)]
    definite = abs(f_zero) <= atol and all(value > 0 for value in f_x)
    homogeneous = all(abs(fa - abs(a) * fx) <= rtol * abs(a) * abs(fx) + atol
                      for fa, a, fx in zip(f_ax, scalars, f_x))
    triangle = all(fs <= fx + fy + rtol * (abs(fx) + abs(fy)) + atol
                   for fs, fx, fy in zip(f_sum, f_x, f_y))
    return {"definite": bool(definite), "homogeneous": bool(homogeneous), "triangle": bool(triangle)}
