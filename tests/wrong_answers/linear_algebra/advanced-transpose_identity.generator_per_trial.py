# cell: transpose_identity-solution
# Creates a new generator in each trial, so every trial sees the same matrices.
def matrix_identity_holds(lhs, rhs, shapes, trials=20, seed=0, rtol=1e-9, atol=1e-12):
    for _ in range(trials):
        rng = np.random.default_rng(seed)
        matrices = [rng.standard_normal(shape) for shape in shapes]
        try:
            left, right = np.asarray(lhs(*matrices)), np.asarray(rhs(*matrices))
        except ValueError:
            return False
        if left.shape != right.shape or not np.allclose(left, right, rtol=rtol, atol=atol):
            return False
    return True
