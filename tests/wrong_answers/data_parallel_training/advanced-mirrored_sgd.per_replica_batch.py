# cell: mirrored_sgd-solution
# Scales the loss by the per-replica batch instead of the global batch: twice the gradient.
def train_mirrored(strategy, model_fn, dataset, global_batch_size, learning_rate, epochs=1):
    if epochs < 1 or global_batch_size % strategy.num_replicas_in_sync != 0:
        raise ValueError("bad epochs or global batch size")
    per_replica_batch = global_batch_size // strategy.num_replicas_in_sync
    with strategy.scope():
        model = model_fn()
        optimizer = tf.keras.optimizers.SGD(learning_rate)

    def replica_step(x, y):
        with tf.GradientTape() as tape:
            per_example = tf.nn.sparse_softmax_cross_entropy_with_logits(labels=y, logits=model(x, training=True))
            loss = tf.nn.compute_average_loss(per_example, global_batch_size=per_replica_batch)
        gradients = tape.gradient(loss, model.trainable_variables)
        optimizer.apply_gradients(zip(gradients, model.trainable_variables))
        return loss / strategy.num_replicas_in_sync

    @tf.function
    def train_step(x, y):
        return strategy.reduce(tf.distribute.ReduceOp.SUM, strategy.run(replica_step, args=(x, y)), axis=None)

    distributed = strategy.experimental_distribute_dataset(dataset)
    losses = [float(train_step(x, y)) for _ in range(epochs) for x, y in distributed]
    return model, np.array(losses)
