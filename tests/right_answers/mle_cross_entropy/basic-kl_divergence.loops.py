# cell: kl_divergence-solution
# Plain loops with math.log over the validated vectors; a helper checks both arguments and their shapes.
def _two_distributions(p, q):
    p, q = as_distribution(p), as_distribution(q)
    if len(p) != len(q):
        raise ValueError(f"p has {len(p)} entries and q has {len(q)}")
    return p, q


def entropy(p):
    p = as_distribution(p)
    h = 0.0
    for pi in p:
        if pi > 0:
            h -= pi * math.log(pi)
    return float(h)


def cross_entropy(p, q):
    p, q = _two_distributions(p, q)
    total = 0.0
    for pi, qi in zip(p, q):
        if pi == 0:
            continue
        if qi == 0:
            return math.inf
        total -= pi * math.log(qi)
    return float(total)


def kl_divergence(p, q):
    p, q = _two_distributions(p, q)
    total = 0.0
    for pi, qi in zip(p, q):
        if pi == 0:
            continue
        if qi == 0:
            return math.inf
        total += pi * math.log(pi / qi)
    return float(total)
