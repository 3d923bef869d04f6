# cell: depth_sweep-solution
# Preallocated result arrays filled by index; accuracy as the number of correct predictions over the total.
def depth_sweep(X_train, y_train, X_val, y_val, depths):
    k = len(depths)
    result = {"train_acc": np.zeros(k), "val_acc": np.zeros(k), "depth": np.zeros(k, dtype=int)}
    y_train, y_val = np.asarray(y_train), np.asarray(y_val)
    for i, max_depth in enumerate(depths):
        clf = DecisionTreeClassifier(max_depth=max_depth, random_state=0)
        clf.fit(X_train, y_train)
        result["train_acc"][i] = np.sum(clf.predict(X_train) == y_train) / len(y_train)
        result["val_acc"][i] = np.sum(clf.predict(X_val) == y_val) / len(y_val)
        result["depth"][i] = clf.get_depth()
    return result
