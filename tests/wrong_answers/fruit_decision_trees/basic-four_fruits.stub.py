# cell: four_fruits-solution
# Constant stub: returns nothing useful.
def train_fruit_tree(features, labels):
    return None


def name_fruits(clf, fruits):
    return []
