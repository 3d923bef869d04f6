# cell: transpose_identity-solution
# A helper decides one trial; a while loop counts the trials and stops at the first refutation.
def _sides_agree(lhs, rhs, matrices, rtol, atol):
    try:
        left = np.asarray(lhs(*matrices))
        right = np.asarray(rhs(*matrices))
    except ValueError:
        return False
    if np.shape(left) != np.shape(right):
        return False
    # np.isclose's rule, written out: |left - right| <= atol + rtol * |right|
    return bool(np.all(np.abs(left - right) <= atol + rtol * np.abs(right)))


def matrix_identity_holds(lhs, rhs, shapes, trials=20, seed=0, rtol=1e-9, atol=1e-12):
    rng = np.random.default_rng(seed)
    done = 0
    while done < trials:
        matrices = []
        for shape in shapes:
            matrices.append(rng.standard_normal(shape))
        if not _sides_agree(lhs, rhs, matrices, rtol, atol):
            return False
        done += 1
    return True
