# cell: matmul-solution
# One nested list comprehension over i and j, each entry a generator sum over k.
def matmul(A, B):
    m, n = len(A), len(A[0])
    n_b, p = len(B), len(B[0])
    if n != n_b:
        raise ValueError(f"inner dimensions differ: cannot multiply shapes ({m}, {n}) and ({n_b}, {p})")
    return np.array([[sum(A[i][k] * B[k][j] for k in range(n)) for j in range(p)] for i in range(m)],
                    dtype=float)
