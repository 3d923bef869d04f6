# cell: transpose_identity-solution
# Returns after the first trial, whatever the result.
def matrix_identity_holds(lhs, rhs, shapes, trials=20, seed=0, rtol=1e-9, atol=1e-12):
    rng = np.random.default_rng(seed)
    for _ in range(trials):
        matrices = [rng.standard_normal(shape) for shape in shapes]
        try:
            left, right = np.asarray(lhs(*matrices)), np.asarray(rhs(*matrices))
        except ValueError:
            return False
        return left.shape == right.shape and np.allclose(left, right, rtol=rtol, atol=atol)
    return True
