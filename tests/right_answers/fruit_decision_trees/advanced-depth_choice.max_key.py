# cell: depth_choice-solution
# A dict of validation accuracies by position; Python's max keeps the first of equal keys.
def choose_depth(X_train, y_train, X_val, y_val, depths):
    depths = list(depths)
    accuracy = {}
    for position, d in enumerate(depths):
        tree = DecisionTreeClassifier(max_depth=d, random_state=0)
        tree.fit(X_train, y_train)
        accuracy[position] = np.mean(tree.predict(X_val) == np.asarray(y_val))
    winner = max(range(len(depths)), key=lambda position: accuracy[position])
    refit = DecisionTreeClassifier(max_depth=depths[winner], random_state=0)
    refit.fit(np.r_[X_train, X_val], np.r_[y_train, y_val])
    return depths[winner], refit
