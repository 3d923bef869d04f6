# cell: conditional_prob-solution
# A helper validates each probability; the impossible-event and subset checks follow.
def _check_probability(name, value):
    if math.isnan(value) or value < 0 or value > 1:
        raise ValueError(f"{name} = {value} is not a probability")


def conditional(p_both, p_given):
    _check_probability("P(A and B)", p_both)
    _check_probability("P(B)", p_given)
    if p_given == 0:
        raise ValueError("P(B) = 0: conditioning on an impossible event")
    if p_both > p_given:
        raise ValueError("P(A and B) is larger than P(B), which is impossible")
    return p_both / p_given
