# cell: root_split-solution
# get_depth() == 0 means no question was asked; the threshold is converted with .item().
def root_split(clf, feature_names):
    if clf.get_depth() == 0:
        return None
    names = list(feature_names)
    feature_index = clf.tree_.feature[0]
    threshold = clf.tree_.threshold[0].item()
    return names[feature_index], threshold
