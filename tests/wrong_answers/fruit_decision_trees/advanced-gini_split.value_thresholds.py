# cell: gini_split-solution
# Uses the observed values themselves as thresholds instead of the midpoints between them.
def gini_impurity(labels):
    labels = np.asarray(labels)
    if labels.size == 0:
        raise ValueError("empty")
    _, counts = np.unique(labels, return_counts=True)
    p = counts / counts.sum()
    return float(1.0 - np.sum(p**2))


def split_impurity(X, y, feature, threshold):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y)
    left = X[:, feature] <= threshold
    total = 0.0
    for side in (left, ~left):
        if side.any():
            total += side.sum() * gini_impurity(y[side])
    return total / len(y)


def best_split(X, y):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y)
    best = None
    for feature in range(X.shape[1]):
        for threshold in np.unique(X[:, feature])[:-1]:
            impurity = split_impurity(X, y, feature, threshold)
            if best is None or impurity < best[2] - 1e-12:
                best = (feature, float(threshold), impurity)
    if best is None:
        raise ValueError("nothing to split")
    return best
