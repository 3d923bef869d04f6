# cell: error_bound-solution
# The vector 2-norms as square roots of sums of squares; cond(A, 2) from NumPy, the residual with np.matmul.
def relative_error_bound(A, x_hat, b):
    A = np.array(A, dtype=float)
    b = np.array(b, dtype=float)
    size_b = np.sqrt(np.sum(b * b))
    if size_b == 0.0:
        raise ValueError("b = 0: the relative error of the solution is undefined")
    r = b - np.matmul(A, np.array(x_hat, dtype=float))
    return float(np.linalg.cond(A, 2) * np.sqrt(np.sum(r * r)) / size_b)
