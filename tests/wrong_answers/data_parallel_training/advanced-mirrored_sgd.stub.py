# cell: mirrored_sgd-solution
# Stub: an untrained model and zero losses.
def train_mirrored(strategy, model_fn, dataset, global_batch_size, learning_rate, epochs=1):
    with strategy.scope():
        model = model_fn()
    return model, np.zeros(epochs * sum(1 for _ in dataset))
