# cell: add_matrices-solution
# Compares the shapes first, then fills a new float array entry by entry with two loops.
def add_matrices(A, B):
    shape_a, shape_b = np.shape(A), np.shape(B)
    if shape_a != shape_b:
        raise ValueError(f"cannot add matrices of shapes {shape_a} and {shape_b}: the shapes must be equal")
    rows, cols = shape_a
    total = np.empty((rows, cols))
    for i in range(rows):
        for j in range(cols):
            total[i, j] = A[i][j] + B[i][j]
    return total
