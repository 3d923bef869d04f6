# cell: four_fruits-solution
# Converts the inputs to arrays before fitting; names the predictions with an explicit loop.
def train_fruit_tree(features, labels):
    X = np.asarray(features, dtype=float)
    y = np.asarray(labels)
    tree = DecisionTreeClassifier(max_depth=None, random_state=0)
    tree.fit(X, y)
    return tree


def name_fruits(clf, fruits):
    names = []
    for prediction in clf.predict(np.asarray(fruits, dtype=float)):
        names.append(FRUIT_NAMES[int(prediction)])
    return names
