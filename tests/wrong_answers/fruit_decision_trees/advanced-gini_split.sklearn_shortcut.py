# cell: gini_split-solution
# Correct formulas, but lets scikit-learn find the split: the exercise forbids that shortcut.
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
    if all(np.unique(X[:, f]).size < 2 for f in range(X.shape[1])):
        raise ValueError("nothing to split")
    tree = DecisionTreeClassifier(max_depth=1, random_state=2).fit(X, y).tree_
    feature, threshold = int(tree.feature[0]), float(tree.threshold[0])
    return feature, threshold, split_impurity(X, y, feature, threshold)
