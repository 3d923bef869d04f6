# cell: gini_split-solution
# Gini from np.unique's inverse indices and np.bincount; best_split finds the best threshold of each
# feature with a vector of impurities, then the best feature, both with a 1e-12 tolerance for ties.
def gini_impurity(labels):
    labels = np.asarray(labels)
    if len(labels) == 0:
        raise ValueError("the Gini impurity needs at least one label")
    _, codes = np.unique(labels, return_inverse=True)
    shares = np.bincount(codes.ravel()) / len(labels)
    return float(1.0 - shares @ shares)


def split_impurity(X, y, feature, threshold):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y)
    goes_left = X[:, feature] <= threshold
    parts = [y[goes_left], y[~goes_left]]
    return sum(len(part) / len(y) * gini_impurity(part) for part in parts if len(part) > 0)


def _first_minimum(scores, tol=1e-12):
    scores = np.asarray(scores, dtype=float)
    return int(np.flatnonzero(scores <= scores.min() + tol)[0])


def best_split(X, y):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y)
    per_feature = []                              # (feature, threshold, impurity)
    for j in range(X.shape[1]):
        distinct = np.unique(X[:, j])
        if len(distinct) < 2:
            continue
        thresholds = (distinct[1:] + distinct[:-1]) / 2
        scores = [split_impurity(X, y, j, t) for t in thresholds]
        k = _first_minimum(scores)
        per_feature.append((j, float(thresholds[k]), float(scores[k])))
    if not per_feature:
        raise ValueError("no feature takes two different values")
    return per_feature[_first_minimum([impurity for _, _, impurity in per_feature])]
