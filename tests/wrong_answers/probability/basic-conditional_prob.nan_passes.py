# cell: conditional_prob-solution
# Range checks written as comparisons: NaN compares False with everything and passes.
def conditional(p_both, p_given):
    if p_both < 0 or p_both > 1 or p_given < 0 or p_given > 1:
        raise ValueError("probabilities must lie in [0, 1]")
    if p_given == 0:
        raise ValueError("cannot condition on an event of probability 0")
    if p_both > p_given:
        raise ValueError("P(A and B) cannot exceed P(B)")
    return p_both / p_given
