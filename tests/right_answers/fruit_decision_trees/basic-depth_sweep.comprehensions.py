# cell: depth_sweep-solution
# Fits all the trees in one list comprehension, then reads each quantity with .score and get_depth.
def depth_sweep(X_train, y_train, X_val, y_val, depths):
    trees = [DecisionTreeClassifier(max_depth=d, random_state=0).fit(X_train, y_train) for d in depths]
    return {
        "train_acc": np.array([tree.score(X_train, y_train) for tree in trees]),
        "val_acc": np.array([tree.score(X_val, y_val) for tree in trees]),
        "depth": np.array([tree.get_depth() for tree in trees]),
    }
