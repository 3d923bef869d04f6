# cell: depth_choice-solution
# Starts the search at accuracy 0.0, so a depth whose validation accuracy is 0 is never chosen (None).
def choose_depth(X_train, y_train, X_val, y_val, depths):
    """(depth with the best validation accuracy, first on ties; tree of that depth refitted on train + val)."""
    best_depth, best_acc = None, 0.0
    for d in depths:
        clf = DecisionTreeClassifier(max_depth=d, random_state=0).fit(X_train, y_train)
        acc = np.mean(clf.predict(X_val) == y_val)
        if acc > best_acc:
            best_depth, best_acc = d, acc
    model = DecisionTreeClassifier(max_depth=best_depth, random_state=0)
    model.fit(np.vstack([X_train, X_val]), np.concatenate([y_train, y_val]))
    return best_depth, model
