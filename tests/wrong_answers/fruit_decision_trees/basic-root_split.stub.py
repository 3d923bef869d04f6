# cell: root_split-solution
# Constant stub.
def root_split(clf, feature_names):
    return (feature_names[0], 0.0)
