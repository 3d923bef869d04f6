# cell: depth_choice-solution
# Chooses the depth by training accuracy, which always favours the deepest tree.
def choose_depth(X_train, y_train, X_val, y_val, depths):
    best_depth, best_acc = None, -1.0
    for d in depths:
        clf = DecisionTreeClassifier(max_depth=d, random_state=0).fit(X_train, y_train)
        acc = clf.score(X_train, y_train)
        if acc > best_acc:
            best_depth, best_acc = d, acc
    model = DecisionTreeClassifier(max_depth=best_depth, random_state=0)
    model.fit(np.vstack([X_train, X_val]), np.concatenate([y_train, y_val]))
    return best_depth, model
