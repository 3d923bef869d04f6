# cell: sgd_loop-solution
# Updates only the first variable (the kernel) and never the biases.
def train_sgd(model, dataset, learning_rate, epochs=1):
    if epochs < 1:
        raise ValueError("epochs must be at least 1")
    if not callable(learning_rate) and not learning_rate > 0:
        raise ValueError("the learning rate must be positive")
    schedule = learning_rate if callable(learning_rate) else (lambda step: learning_rate)
    losses = []
    for _ in range(epochs):
        for x, y in dataset:
            with tf.GradientTape() as tape:
                loss = tf.reduce_mean(tf.nn.sparse_softmax_cross_entropy_with_logits(labels=y, logits=model(x, training=True)))
            gradients = tape.gradient(loss, model.trainable_variables)
            model.trainable_variables[0].assign_sub(schedule(len(losses)) * gradients[0])
            losses.append(float(loss))
    return np.array(losses)
