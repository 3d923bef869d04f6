# cell: ce_from_logits-solution
# Uses logsumexp from Exercise 6: the loss is log-sum-exp(z) * sum(y) - sum(y z); the sparse one picks z_c with take_along_axis.
def softmax_cross_entropy(labels, logits):
    y = np.asarray(labels, dtype=float)
    z = np.asarray(logits, dtype=float)
    if z.ndim != 2 or y.shape != z.shape:
        raise ValueError(f"labels must have the shape of the logits (n, k): {y.shape} vs {z.shape}")
    return logsumexp(z, axis=1) * y.sum(axis=1) - (y * z).sum(axis=1)


def sparse_softmax_cross_entropy(labels, logits):
    ids = np.asarray(labels)
    z = np.asarray(logits, dtype=float)
    if z.ndim != 2:
        raise ValueError("logits must be 2-D")
    if ids.ndim != 1 or ids.dtype.kind not in "iu":
        raise ValueError("labels must be a 1-D array of integer class ids")
    if len(ids) != len(z):
        raise ValueError(f"{len(ids)} labels for {len(z)} examples")
    if ids.min(initial=0) < 0 or ids.max(initial=0) >= z.shape[1]:
        raise ValueError(f"class ids must be between 0 and {z.shape[1] - 1}")
    picked = np.take_along_axis(z, ids[:, None], axis=1)[:, 0]
    return logsumexp(z, axis=1) - picked
