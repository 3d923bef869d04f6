# cell: transpose-solution
# Builds the rows of the result (the columns of A) with a nested list comprehension.
def transpose(A):
    m, n = len(A), len(A[0])
    return np.array([[float(A[i][j]) for i in range(m)] for j in range(n)], dtype=float)
