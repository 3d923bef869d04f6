# cell: transpose_identity-solution
# Runs every trial and then combines the results, instead of stopping at the first counterexample.
def matrix_identity_holds(lhs, rhs, shapes, trials=20, seed=0, rtol=1e-9, atol=1e-12):
    rng = np.random.default_rng(seed)
    verdicts = []
    for _ in range(trials):
        matrices = [rng.standard_normal(shape) for shape in shapes]
        try:
            left, right = np.asarray(lhs(*matrices)), np.asarray(rhs(*matrices))
        except ValueError:
            verdicts.append(False)
            continue
        verdicts.append(left.shape == right.shape and np.allclose(left, right, rtol=rtol, atol=atol))
    return all(verdicts)
