# cell: conditional_prob-solution
# NaN first (it is the only value not equal to itself), then the range with min/max; the ratio itself must not exceed 1.
def conditional(p_both, p_given):
    for p in (p_both, p_given):
        if p != p:
            raise ValueError("NaN is not a probability")
    if min(p_both, p_given) < 0 or max(p_both, p_given) > 1:
        raise ValueError(f"probabilities must be in [0, 1]: got {p_both}, {p_given}")
    if not p_given > 0:
        raise ValueError("cannot condition on an event with probability 0")
    ratio = p_both / p_given
    if ratio > 1:
        raise ValueError("P(A and B) > P(B): the joint event cannot be more likely than B")
    return ratio
