# cell: transpose-solution
# Transposes with zip, but keeps integer entries as integers: the result must be an array of floats.
def transpose(A):
    return np.array([list(column) for column in zip(*A)])
