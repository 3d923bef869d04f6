# cell: transpose_identity-solution
# Trusts np.allclose, which broadcasts results of different shapes, and lets shape errors escape.
def matrix_identity_holds(lhs, rhs, shapes, trials=20, seed=0, rtol=1e-9, atol=1e-12):
    rng = np.random.default_rng(seed)
    for _ in range(trials):
        matrices = [rng.standard_normal(shape) for shape in shapes]
        if not np.allclose(lhs(*matrices), rhs(*matrices), rtol=rtol, atol=atol):
            return False
    return True
