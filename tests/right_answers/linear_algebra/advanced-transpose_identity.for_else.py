# cell: transpose_identity-solution
# One loop over the trials; a refuted trial breaks out, and the loop's else clause means every trial held.
def matrix_identity_holds(lhs, rhs, shapes, trials=20, seed=0, rtol=1e-9, atol=1e-12):
    rng = np.random.default_rng(seed)
    for _ in range(trials):
        matrices = tuple(rng.standard_normal(shape) for shape in shapes)
        try:
            sides = [np.asarray(side(*matrices)) for side in (lhs, rhs)]
        except ValueError:
            break
        if sides[0].shape != sides[1].shape:
            break
        if not np.allclose(sides[0], sides[1], rtol=rtol, atol=atol):
            break
    else:
        return True
    return False
