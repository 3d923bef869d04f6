# cell: kl_divergence-solution
# Stubs that return a constant 0.0.
def entropy(p):
    return 0.0


def cross_entropy(p, q):
    return 0.0


def kl_divergence(p, q):
    return 0.0
