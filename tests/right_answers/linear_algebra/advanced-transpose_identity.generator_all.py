# cell: transpose_identity-solution
# A generator yields the random matrices trial by trial; all() stops at the first trial that fails.
def matrix_identity_holds(lhs, rhs, shapes, trials=20, seed=0, rtol=1e-9, atol=1e-12):
    rng = np.random.default_rng(seed)

    def draws():
        for _ in range(trials):
            yield tuple(rng.standard_normal(shape) for shape in shapes)

    def holds(matrices):
        try:
            a, b = lhs(*matrices), rhs(*matrices)
        except ValueError:
            return False
        a, b = np.asarray(a), np.asarray(b)
        return a.shape == b.shape and np.allclose(a, b, rtol=rtol, atol=atol)

    return all(holds(matrices) for matrices in draws())
