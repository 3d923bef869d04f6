# cell: four_fruits-solution
# Reads the label code the wrong way round (0 = orange).
def train_fruit_tree(features, labels):
    return DecisionTreeClassifier(random_state=0).fit(features, labels)


def name_fruits(clf, fruits):
    return ["orange" if label == 0 else "green apple" for label in clf.predict(fruits)]
