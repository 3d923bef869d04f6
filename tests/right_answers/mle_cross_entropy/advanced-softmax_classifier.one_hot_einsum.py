# cell: softmax_classifier-solution
# One-hot label matrix Y, gradient (P - Y) / n with einsum; the fit keeps the losses in a preallocated array.
def softmax_ce_gradient(W, b, X, y):
    W = np.asarray(W, dtype=float)
    b = np.asarray(b, dtype=float)
    X = np.asarray(X, dtype=float)
    y = np.asarray(y)
    n, k = len(y), W.shape[1]
    Y = np.zeros((n, k))
    Y[np.arange(n), y] = 1.0
    Z = np.einsum("nd,dk->nk", X, W) + b
    Z = Z - Z.max(axis=1, keepdims=True)
    log_P = Z - np.log(np.exp(Z).sum(axis=1, keepdims=True))
    loss = -np.sum(Y * log_P) / n
    G = (np.exp(log_P) - Y) / n
    return float(loss), np.einsum("nd,nk->dk", X, G), G.sum(axis=0)


def fit_softmax_classifier(X, y, num_classes=3, learning_rate=0.5, steps=200):
    X = np.asarray(X, dtype=float)
    W = np.zeros((X.shape[1], num_classes))
    b = np.zeros(num_classes)
    losses = np.empty(steps)
    step = 0
    while step < steps:
        losses[step], dW, db = softmax_ce_gradient(W, b, X, y)
        W -= learning_rate * dW
        b -= learning_rate * db
        step += 1
    return W, b, losses
