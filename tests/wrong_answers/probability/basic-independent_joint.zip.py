# cell: independent_joint-solution
# Pairs the values up with zip, so most (x, y) pairs are missing.
def independent_joint(p_x, p_y):
    return {(x, y): px * py for (x, px), (y, py) in zip(p_x.items(), p_y.items())}
