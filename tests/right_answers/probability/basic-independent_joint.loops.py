# cell: independent_joint-solution
# Two nested for loops filling the joint dictionary one pair at a time.
def independent_joint(p_x, p_y):
    joint = {}
    for x in p_x:
        for y in p_y:
            joint[(x, y)] = p_x[x] * p_y[y]
    return joint
