# cell: depth_sweep-solution
# Stub: zeros of the right shape.
def depth_sweep(X_train, y_train, X_val, y_val, depths):
    zeros = np.zeros(len(depths))
    return {"train_acc": zeros, "val_acc": zeros, "depth": zeros.astype(int)}
