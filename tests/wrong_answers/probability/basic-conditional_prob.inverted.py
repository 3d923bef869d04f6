# cell: conditional_prob-solution
# Divides the wrong way round: P(B) / P(A and B).
def conditional(p_both, p_given):
    if p_both == 0:
        raise ValueError("cannot divide by zero")
    return p_given / p_both
