# cell: transpose-solution
# Confuses transposing with reshaping: reads the entries row by row into an n x m array.
def transpose(A):
    flat = [value for row in A for value in row]
    return np.array(flat, dtype=float).reshape(len(A[0]), len(A))
