# cell: transpose-solution
# Walks through A row by row, appending each entry to the list of its column, then copies the lists into an array.
def transpose(A):
    columns = [[] for _ in range(len(A[0]))]
    for row in A:
        for j, value in enumerate(row):
            columns[j].append(value)
    result = np.empty((len(columns), len(A)))
    for j, column in enumerate(columns):
        result[j, :] = column
    return result
