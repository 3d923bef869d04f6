# cell: sgd_loop-solution
# Keras' plain SGD optimizer (no momentum) whose learning rate is set before each step; log-softmax by hand.
def train_sgd(model, dataset, learning_rate, epochs=1):
    fixed_rate = not callable(learning_rate)
    if fixed_rate and not (learning_rate > 0):
        raise ValueError(f"bad learning rate {learning_rate}")
    if epochs < 1:
        raise ValueError(f"bad number of epochs {epochs}")
    optimizer = tf.keras.optimizers.SGD(learning_rate=1.0, momentum=0.0)

    @tf.function
    def step_fn(x, y):
        with tf.GradientTape() as tape:
            log_probs = tf.nn.log_softmax(model(x, training=True), axis=-1)
            picked = tf.gather(log_probs, tf.cast(y, tf.int32), axis=1, batch_dims=1)
            loss = -tf.reduce_mean(picked)
        variables = model.trainable_variables
        optimizer.apply_gradients(zip(tape.gradient(loss, variables), variables))
        return loss

    losses = []
    total_steps = 0
    for _ in range(epochs):
        for x, y in dataset:
            rate = learning_rate if fixed_rate else learning_rate(total_steps)
            optimizer.learning_rate.assign(float(rate))
            losses.append(float(step_fn(x, y)))
            total_steps += 1
    return np.asarray(losses)
