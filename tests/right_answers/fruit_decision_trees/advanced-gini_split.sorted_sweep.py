# cell: gini_split-solution
# Counter-based Gini; best_split sorts each feature once and sweeps the thresholds from left to right,
# moving one example at a time between the class counts of the two sides, and compares the weighted
# impurities exactly as fractions, so ties are real ties.
from collections import Counter
from fractions import Fraction


def gini_impurity(labels):
    labels = list(labels)
    n = len(labels)
    if n == 0:
        raise ValueError("empty group")
    return 1.0 - sum((count / n) ** 2 for count in Counter(labels).values())


def split_impurity(X, y, feature, threshold):
    column = [row[feature] for row in X]
    left = [label for value, label in zip(column, y) if value <= threshold]
    right = [label for value, label in zip(column, y) if value > threshold]
    n = len(left) + len(right)
    weighted = 0.0
    if left:
        weighted += len(left) / n * gini_impurity(left)
    if right:
        weighted += len(right) / n * gini_impurity(right)
    return weighted


def _n_times_gini(counts, size):
    # size * Gini = size - sum(c**2) / size, exactly
    return size - Fraction(sum(c * c for c in counts.values()), size)


def best_split(X, y):
    X = np.asarray(X, dtype=float)
    y = list(y)
    n, n_features = X.shape
    best = None                                   # (n * weighted impurity, feature, threshold)
    for feature in range(n_features):
        order = np.argsort(X[:, feature], kind="stable")
        values = X[order, feature]
        left, right = Counter(), Counter(y[i] for i in order)
        for position in range(n - 1):
            label = y[order[position]]
            left[label] += 1
            right[label] -= 1
            if values[position] == values[position + 1]:
                continue                          # not a boundary between distinct values
            score = _n_times_gini(left, position + 1) + _n_times_gini(right, n - position - 1)
            if best is None or score < best[0]:
                best = (score, feature, float((values[position] + values[position + 1]) / 2))
    if best is None:
        raise ValueError("every feature is constant: no split exists")
    score, feature, threshold = best
    return feature, threshold, float(score / n)
