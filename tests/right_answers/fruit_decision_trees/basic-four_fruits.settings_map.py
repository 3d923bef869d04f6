# cell: four_fruits-solution
# The tree's settings kept in a dict and unpacked; the names looked up with map over tolist().
TREE_SETTINGS = {"random_state": 0}


def train_fruit_tree(features, labels):
    return DecisionTreeClassifier(**TREE_SETTINGS).fit(features, labels)


def name_fruits(clf, fruits):
    return list(map(FRUIT_NAMES.get, clf.predict(fruits).tolist()))
