# cell: independence_check-solution
# Stub: everything is independent.
def are_independent(table, atol=1e-12):
    return True
