# cell: softmax_classifier-solution
# Reuses softmax and logsumexp from Exercise 6; the gradient is assembled one class (column) at a time.
def softmax_ce_gradient(W, b, X, y):
    W, b, X = np.array(W, dtype=float), np.array(b, dtype=float), np.array(X, dtype=float)
    y = np.array(y)
    n = X.shape[0]
    logits = X @ W + b
    loss = np.mean(logsumexp(logits, axis=1) - logits[np.arange(n), y])
    probs = softmax(logits, axis=1)
    dW = np.zeros_like(W)
    db = np.zeros_like(b)
    for j in range(W.shape[1]):
        error = probs[:, j] - (y == j)        # p_ij - 1[y_i = j]
        dW[:, j] = (X * error[:, None]).sum(axis=0) / n
        db[j] = error.sum() / n
    return float(loss), dW, db


def fit_softmax_classifier(X, y, num_classes=3, learning_rate=0.5, steps=200):
    n_features = np.shape(X)[1]
    params = [np.zeros((n_features, num_classes)), np.zeros(num_classes)]
    history = []
    for _ in range(steps):
        loss, dW, db = softmax_ce_gradient(params[0], params[1], X, y)
        history.append(loss)
        params = [params[0] - learning_rate * dW, params[1] - learning_rate * db]
    return params[0], params[1], np.asarray(history)
