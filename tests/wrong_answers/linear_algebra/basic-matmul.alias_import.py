# cell: matmul-solution
# Reaches np.matmul under another name (from numpy import matmul as mm) after copying the rows into an array.
from numpy import matmul as mm

def matmul(A, B):
    a = np.array([[float(v) for v in row] for row in A])
    b = np.array([[float(v) for v in row] for row in B])
    if a.shape[1] != b.shape[0]:
        raise ValueError(f"cannot multiply shapes {a.shape} and {b.shape}")
    return mm(a, b)
