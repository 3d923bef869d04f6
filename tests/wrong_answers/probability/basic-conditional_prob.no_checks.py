# cell: conditional_prob-solution
# The right division but no input checks: P(B) = 0 gives ZeroDivisionError, bad inputs pass.
def conditional(p_both, p_given):
    return p_both / p_given
