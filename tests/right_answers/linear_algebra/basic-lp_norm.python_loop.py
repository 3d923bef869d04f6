# cell: lp_norm-solution
# One pass over the entries in plain Python: a running maximum for p = inf, a running sum of |x_i|^p otherwise.
def lp_norm(x, p):
    if p < 1 or p != p:
        raise ValueError(f"p = {p}: the Lp norm is only a norm for p >= 1")
    largest = 0.0
    total = 0.0
    for value in x:
        size = abs(float(value))
        if p == np.inf:
            if size > largest:
                largest = size
        else:
            total += size ** p
    if p == np.inf:
        return largest
    return total ** (1.0 / p)
