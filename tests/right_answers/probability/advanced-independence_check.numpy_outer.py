# cell: independence_check-solution
# NumPy: the outer product of the marginals compared with the whole table at once (object arrays keep Fractions exact).
def are_independent(table, atol=1e-12):
    joint = np.array([list(row) for row in table])
    expected = np.outer(joint.sum(axis=1), joint.sum(axis=0))
    gaps = np.abs(joint - expected)
    return bool(np.all(gaps <= atol))
