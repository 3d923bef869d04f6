# cell: mirrored_sgd-solution
# Right training, but an odd global batch or epochs=0 are not rejected.
def train_mirrored(strategy, model_fn, dataset, global_batch_size, learning_rate, epochs=1):
    with strategy.scope():
        model = model_fn()
        optimizer = tf.keras.optimizers.SGD(learning_rate)

    def replica_step(x, y):
        with tf.GradientTape() as tape:
            per_example = tf.nn.sparse_softmax_cross_entropy_with_logits(labels=y, logits=model(x, training=True))
            loss = tf.nn.compute_average_loss(per_example, global_batch_size=global_batch_size)
        gradients = tape.gradient(loss, model.trainable_variables)
        optimizer.apply_gradients(zip(gradients, model.trainable_variables))
        return loss

    @tf.function
    def train_step(x, y):
        return strategy.reduce(tf.distribute.ReduceOp.SUM, strategy.run(replica_step, args=(x, y)), axis=None)

    distributed = strategy.experimental_distribute_dataset(dataset)
    losses = [float(train_step(x, y)) for _ in range(epochs) for x, y in distributed]
    return model, np.array(losses)
