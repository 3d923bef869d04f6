# cell: depth_choice-solution
# Validation accuracies in a list; np.argmax returns the first maximum, so the earliest depth wins ties.
def choose_depth(X_train, y_train, X_val, y_val, depths):
    scores = []
    for d in depths:
        candidate = DecisionTreeClassifier(max_depth=d, random_state=0).fit(X_train, y_train)
        scores.append(candidate.score(X_val, y_val))
    best_depth = depths[int(np.argmax(scores))]
    X_all = np.concatenate([np.asarray(X_train), np.asarray(X_val)], axis=0)
    y_all = np.concatenate([np.asarray(y_train), np.asarray(y_val)])
    model = DecisionTreeClassifier(max_depth=best_depth, random_state=0).fit(X_all, y_all)
    return best_depth, model
