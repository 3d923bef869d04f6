# cell: root_split-solution
# A tree with a single node is a leaf; otherwise read node 0's feature index and threshold.
def root_split(clf, feature_names):
    t = clf.tree_
    if t.node_count == 1:
        return None
    index = int(t.feature[0])
    return (feature_names[index], float(t.threshold[0]))
