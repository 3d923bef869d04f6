# cell: ce_from_logits-solution
# Averages over the batch (like Keras) although tf.nn returns one loss per example.
def _log_softmax(logits):
    logits = np.asarray(logits, dtype=float)
    top = logits.max(axis=1, keepdims=True)
    return logits - top - np.log(np.sum(np.exp(logits - top), axis=1, keepdims=True))


def softmax_cross_entropy(labels, logits):
    labels = np.asarray(labels, dtype=float)
    if labels.shape != np.shape(logits):
        raise ValueError("labels and logits must have the same shape")
    return float(np.mean(-np.sum(labels * _log_softmax(logits), axis=1)))


def sparse_softmax_cross_entropy(labels, logits):
    labels = np.asarray(labels)
    n, k = np.shape(logits)
    if labels.shape != (n,) or not np.issubdtype(labels.dtype, np.integer) or np.any((labels < 0) | (labels >= k)):
        raise ValueError("labels must be n integer class ids")
    return float(np.mean(-_log_softmax(logits)[np.arange(n), labels]))
