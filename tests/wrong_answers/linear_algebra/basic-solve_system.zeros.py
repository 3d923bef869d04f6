# cell: solve_system-solution
# Stub: zeros with the shape of b.
def solve_system(A, b, max_cond=1e10):
    return np.zeros(np.shape(b))
