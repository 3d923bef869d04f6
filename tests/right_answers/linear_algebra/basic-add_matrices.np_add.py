# cell: add_matrices-solution
# Compares np.shape of both inputs before converting anything, then lets np.add build the new array.
def add_matrices(A, B):
    shapes = np.shape(A), np.shape(B)
    if shapes[0] != shapes[1]:
        raise ValueError("cannot add matrices of shapes {} and {}".format(*shapes))
    return np.add(np.array(A), np.array(B))
