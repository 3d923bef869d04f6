# cell: tf_losses-solution
# Stubs: zeros of the logits' shape and a constant 0.0.
def sigmoid_cross_entropy(labels, logits):
    return np.zeros_like(np.asarray(logits, dtype=float))


def categorical_crossentropy(y_true, y_pred, from_logits=False):
    return 0.0
