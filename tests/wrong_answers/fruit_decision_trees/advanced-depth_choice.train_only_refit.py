# cell: depth_choice-solution
# Chooses well but returns the tree fitted on the training data only.
def choose_depth(X_train, y_train, X_val, y_val, depths):
    best_depth, best_acc, best_model = None, -1.0, None
    for d in depths:
        clf = DecisionTreeClassifier(max_depth=d, random_state=0).fit(X_train, y_train)
        acc = clf.score(X_val, y_val)
        if acc > best_acc:
            best_depth, best_acc, best_model = d, acc, clf
    return best_depth, best_model
