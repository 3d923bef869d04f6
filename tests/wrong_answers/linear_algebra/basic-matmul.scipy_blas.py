# cell: matmul-solution
# An equivalent in another library: BLAS's dgemm from scipy.linalg.
import scipy.linalg

def matmul(A, B):
    a = np.array([[float(v) for v in row] for row in A])
    b = np.array([[float(v) for v in row] for row in B])
    if a.shape[1] != b.shape[0]:
        raise ValueError(f"cannot multiply shapes {a.shape} and {b.shape}")
    return scipy.linalg.blas.dgemm(1.0, a, b)
