# cell: ce_from_logits-solution
# Stubs that return zeros of the right shape.
def softmax_cross_entropy(labels, logits):
    return np.zeros(len(logits))


def sparse_softmax_cross_entropy(labels, logits):
    return np.zeros(len(logits))
