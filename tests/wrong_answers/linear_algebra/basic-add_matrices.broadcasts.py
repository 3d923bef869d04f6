# cell: add_matrices-solution
# Relies on NumPy's +, which broadcasts (2, 3) + (1, 3) instead of refusing it.
def add_matrices(A, B):
    return np.asarray(A) + np.asarray(B)
