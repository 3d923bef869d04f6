# cell: error_bound-solution
# Residual and norms with plain Python loops; the condition number from the singular values.
import math


def relative_error_bound(A, x_hat, b):
    n = len(b)
    if all(float(value) == 0.0 for value in b):
        raise ValueError("b = 0: the relative error is undefined")
    residual = []
    for i in range(n):
        Ax_i = sum(float(A[i][k]) * float(x_hat[k]) for k in range(len(x_hat)))
        residual.append(float(b[i]) - Ax_i)
    residual_norm = math.sqrt(sum(r * r for r in residual))
    b_norm = math.sqrt(sum(float(v) ** 2 for v in b))
    singular_values = np.linalg.svd(np.asarray(A, dtype=float), compute_uv=False)
    kappa = singular_values[0] / singular_values[-1]
    return float(kappa * residual_norm / b_norm)
