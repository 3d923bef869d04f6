# cell: softmax_classifier-solution
# Stubs: zero loss and zero gradients; training returns zeros.
def softmax_ce_gradient(W, b, X, y):
    return 0.0, np.zeros_like(np.asarray(W, dtype=float)), np.zeros_like(np.asarray(b, dtype=float))


def fit_softmax_classifier(X, y, num_classes=3, learning_rate=0.5, steps=200):
    return np.zeros((np.shape(X)[1], num_classes)), np.zeros(num_classes), np.zeros(steps)
