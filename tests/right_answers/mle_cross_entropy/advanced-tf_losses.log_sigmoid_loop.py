# cell: tf_losses-solution
# The sigmoid loss as y softplus(-x) + (1 - y) softplus(x) with a stable softplus helper; Keras' loss with a loop over rows.
def _softplus(x):
    # log(1 + e^x) = max(x, 0) + log1p(e^-|x|)
    return np.maximum(x, 0.0) + np.log1p(np.exp(-np.abs(x)))


def sigmoid_cross_entropy(labels, logits):
    labels = np.array(labels, dtype=float)
    logits = np.array(logits, dtype=float)
    if labels.shape != logits.shape:
        raise ValueError(f"shapes {labels.shape} and {logits.shape} differ")
    # -log sigmoid(x) = softplus(-x) and -log(1 - sigmoid(x)) = softplus(x)
    return labels * _softplus(-logits) + (1 - labels) * _softplus(logits)


def categorical_crossentropy(y_true, y_pred, from_logits=False):
    if np.shape(y_true) != np.shape(y_pred):
        raise ValueError("y_true and y_pred must have the same shape")
    epsilon = 1e-7
    losses = []
    for truth, pred in zip(np.asarray(y_true, dtype=float), np.asarray(y_pred, dtype=float)):
        if from_logits:
            top = max(pred)
            log_z = top + math.log(sum(math.exp(v - top) for v in pred))
            losses.append(sum(t * (log_z - v) for t, v in zip(truth, pred)))
        else:
            row_total = sum(pred)
            probs = [min(max(v / row_total, epsilon), 1 - epsilon) for v in pred]
            losses.append(-sum(t * math.log(q) for t, q in zip(truth, probs)))
    return float(sum(losses) / len(losses))
