# cell: sgd_loop-solution
# Eager loop (no tf.function) with a Keras loss object and a global step counter; assign(v - eta g).
def train_sgd(model, dataset, learning_rate, epochs=1):
    if epochs < 1:
        raise ValueError("epochs must be >= 1")
    if not callable(learning_rate):
        if math.isnan(learning_rate) or learning_rate <= 0:
            raise ValueError("the learning rate must be positive")
    loss_fn = tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True)
    history = []
    step = 0
    for epoch in range(epochs):
        for x, y in dataset:
            eta = learning_rate(step) if callable(learning_rate) else learning_rate
            with tf.GradientTape() as tape:
                loss = loss_fn(y, model(x, training=True))
            grads = tape.gradient(loss, model.trainable_variables)
            for v, g in zip(model.trainable_variables, grads):
                v.assign(v - eta * g)
            history.append(loss.numpy())
            step += 1
    return np.array(history, dtype=np.float32)
