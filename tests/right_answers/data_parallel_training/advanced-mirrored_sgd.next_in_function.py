# cell: mirrored_sgd-solution
# The tutorial pattern: the tf.function takes the distributed iterator and calls next() itself, once per
# step, for as many steps as the data set has batches; a Keras loss object with reduction "none".
def train_mirrored(strategy, model_fn, dataset, global_batch_size, learning_rate, epochs=1):
    replicas = strategy.num_replicas_in_sync
    if global_batch_size % replicas:
        raise ValueError(f"{global_batch_size} examples do not split over {replicas} replicas")
    if epochs < 1:
        raise ValueError("train for at least one epoch")
    with strategy.scope():
        model = model_fn()
        optimizer = tf.keras.optimizers.SGD(learning_rate)
        cross_entropy = tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True, reduction="none")
    distributed = strategy.experimental_distribute_dataset(dataset)
    steps_per_epoch = int(dataset.cardinality())

    def one_replica(inputs):
        x, y = inputs
        with tf.GradientTape() as tape:
            per_example = cross_entropy(y, model(x, training=True))
            scaled = tf.nn.compute_average_loss(per_example, global_batch_size=global_batch_size)
        grads = tape.gradient(scaled, model.trainable_variables)
        optimizer.apply_gradients(list(zip(grads, model.trainable_variables)))
        return scaled

    @tf.function
    def train_step(iterator):
        per_replica = strategy.run(one_replica, args=(next(iterator),))
        return strategy.reduce("SUM", per_replica, axis=None)

    all_losses = []
    for _ in range(epochs):
        iterator = iter(distributed)
        for _ in range(steps_per_epoch):
            all_losses.append(float(train_step(iterator)))
    return model, np.array(all_losses, dtype=float)
