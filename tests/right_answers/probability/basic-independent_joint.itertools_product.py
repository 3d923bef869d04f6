# cell: independent_joint-solution
# itertools.product enumerates the pairs of (value, probability) items.
import itertools


def independent_joint(p_x, p_y):
    pairs = itertools.product(p_x.items(), p_y.items())
    return dict(((x, y), px * py) for (x, px), (y, py) in pairs)
