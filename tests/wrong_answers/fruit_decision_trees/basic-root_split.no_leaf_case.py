# cell: root_split-solution
# Forgets that a single-leaf tree has no question (feature -2 silently indexes from the end).
def root_split(clf, feature_names):
    return feature_names[clf.tree_.feature[0]], float(clf.tree_.threshold[0])
