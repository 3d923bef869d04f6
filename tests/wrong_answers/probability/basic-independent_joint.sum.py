# cell: independent_joint-solution
# Adds the probabilities instead of multiplying them.
def independent_joint(p_x, p_y):
    return {(x, y): px + py for x, px in p_x.items() for y, py in p_y.items()}
