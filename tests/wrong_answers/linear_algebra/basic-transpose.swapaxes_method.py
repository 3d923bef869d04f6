# cell: transpose-solution
# The .swapaxes method of an array is np.swapaxes under another name.
def transpose(A):
    return np.array([[float(v) for v in row] for row in A]).swapaxes(0, 1)
