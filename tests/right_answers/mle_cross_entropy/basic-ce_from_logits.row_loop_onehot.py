# cell: ce_from_logits-solution
# A loop over the examples computes each row's log-softmax; integer labels become one-hot rows for the same function.
def softmax_cross_entropy(labels, logits):
    labels = np.array(labels, dtype=float)
    logits = np.array(logits, dtype=float)
    if labels.shape != logits.shape or len(logits.shape) != 2:
        raise ValueError("labels and logits must both have shape (n, k)")
    losses = np.zeros(len(logits))
    for i, (row_labels, row) in enumerate(zip(labels, logits)):
        top = np.max(row)
        log_total = top + np.log(np.sum(np.exp(row - top)))
        losses[i] = -np.sum(row_labels * (row - log_total))
    return losses


def sparse_softmax_cross_entropy(labels, logits):
    labels = np.array(labels)
    logits = np.array(logits, dtype=float)
    if len(logits.shape) != 2:
        raise ValueError("logits must have shape (n, k)")
    n, k = logits.shape
    if labels.shape != (n,):
        raise ValueError(f"expected {n} labels, got an array of shape {labels.shape}")
    if not np.issubdtype(labels.dtype, np.integer):
        raise ValueError("labels must be integers (class ids), not floats or one-hot rows")
    for c in labels:
        if not 0 <= c < k:
            raise ValueError(f"class id {c} is out of range 0..{k - 1}")
    return softmax_cross_entropy(np.eye(k)[labels], logits)
