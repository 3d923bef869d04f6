# cell: sgd_loop-solution
# Stub: one zero loss per batch, and no training at all.
def train_sgd(model, dataset, learning_rate, epochs=1):
    return np.zeros(epochs * sum(1 for _ in dataset))
