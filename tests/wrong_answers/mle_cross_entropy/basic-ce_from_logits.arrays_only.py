# cell: ce_from_logits-solution
# The sparse loss converts the labels (to check their dtype) but assumes the logits are an array: a list has no .ndim.
def softmax_cross_entropy(labels, logits):
    labels = np.asarray(labels, dtype=float)
    logits = np.asarray(logits, dtype=float)
    if labels.shape != logits.shape or logits.ndim != 2:
        raise ValueError("labels and logits must both have shape (n, k)")
    top = logits.max(axis=1, keepdims=True)
    log_probs = logits - top - np.log(np.sum(np.exp(logits - top), axis=1, keepdims=True))
    return -np.sum(labels * log_probs, axis=1)


def sparse_softmax_cross_entropy(labels, logits):
    labels = np.asarray(labels)
    if logits.ndim != 2:
        raise ValueError("logits must have shape (n, k)")
    n, k = logits.shape
    if labels.shape != (n,) or not np.issubdtype(labels.dtype, np.integer):
        raise ValueError("labels must be n integer class ids")
    if np.any((labels < 0) | (labels >= k)):
        raise ValueError("class ids out of range")
    top = logits.max(axis=1)
    log_norm = top + np.log(np.sum(np.exp(logits - top[:, None]), axis=1))
    return log_norm - logits[np.arange(n), labels]
