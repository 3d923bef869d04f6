# cell: root_split-solution
# Returns the feature's index instead of its name.
def root_split(clf, feature_names):
    tree = clf.tree_
    if tree.children_left[0] == -1:
        return None
    return int(tree.feature[0]), float(tree.threshold[0])
