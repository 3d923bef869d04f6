# cell: transpose_identity-solution
# Compares with == (np.array_equal): rounding makes true identities fail.
def matrix_identity_holds(lhs, rhs, shapes, trials=20, seed=0, rtol=1e-9, atol=1e-12):
    rng = np.random.default_rng(seed)
    for _ in range(trials):
        matrices = [rng.standard_normal(shape) for shape in shapes]
        try:
            left, right = lhs(*matrices), rhs(*matrices)
        except ValueError:
            return False
        if not np.array_equal(left, right):
            return False
    return True
