# cell: root_split-solution
# Counts nodes from 1, so it reads the root's left child instead of the root.
def root_split(clf, feature_names):
    tree = clf.tree_
    if tree.children_left[0] == -1:
        return None
    return feature_names[tree.feature[1]], float(tree.threshold[1])
