# cell: transpose_identity-solution
# Draws entries in [0, 1): identities that fail only for negative entries look true.
def matrix_identity_holds(lhs, rhs, shapes, trials=20, seed=0, rtol=1e-9, atol=1e-12):
    rng = np.random.default_rng(seed)
    for _ in range(trials):
        matrices = [rng.random(shape) for shape in shapes]
        try:
            left, right = np.asarray(lhs(*matrices)), np.asarray(rhs(*matrices))
        except ValueError:
            return False
        if left.shape != right.shape or not np.allclose(left, right, rtol=rtol, atol=atol):
            return False
    return True
