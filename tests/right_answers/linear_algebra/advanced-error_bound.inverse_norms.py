# cell: error_bound-solution
# kappa(A) = ||A|| ||A^-1|| straight from its definition, with the matrix 2-norm of A and of its inverse.
def relative_error_bound(A, x_hat, b):
    A = np.array(A, dtype=float)
    x_hat = np.array(x_hat, dtype=float)
    b = np.array(b, dtype=float)
    size_b = np.linalg.norm(b, 2)
    if size_b == 0.0:
        raise ValueError("the right-hand side b is zero, so x = 0 and the relative error is undefined")
    kappa = np.linalg.norm(A, 2) * np.linalg.norm(np.linalg.inv(A), 2)
    r = b - A.dot(x_hat)
    return float(kappa * np.linalg.norm(r, 2) / size_b)
