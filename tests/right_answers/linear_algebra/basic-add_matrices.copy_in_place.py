# cell: add_matrices-solution
# Copies A into a fresh array and adds B to the copy in place, so the inputs stay untouched.
def add_matrices(A, B):
    result = np.array(A, dtype=float)      # np.array copies, so A is never modified
    other = np.array(B, dtype=float)
    if result.ndim != other.ndim or result.shape != other.shape:
        raise ValueError(f"shape mismatch: {result.shape} and {other.shape} cannot be added")
    result += other
    return result
