# cell: depth_sweep-solution
# Reports the requested max_depth instead of the depth the tree really reached.
def depth_sweep(X_train, y_train, X_val, y_val, depths):
    train_acc, val_acc = [], []
    for d in depths:
        clf = DecisionTreeClassifier(max_depth=d, random_state=0).fit(X_train, y_train)
        train_acc.append(clf.score(X_train, y_train))
        val_acc.append(clf.score(X_val, y_val))
    real_depth = [clf.get_depth() if d is None else d for d in depths]
    return {"train_acc": np.array(train_acc), "val_acc": np.array(val_acc), "depth": np.array(real_depth)}
