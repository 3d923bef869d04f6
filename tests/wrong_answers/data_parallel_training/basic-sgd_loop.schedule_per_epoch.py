# cell: sgd_loop-solution
# Passes the epoch number to the learning-rate schedule instead of the step number.
def train_sgd(model, dataset, learning_rate, epochs=1):
    if epochs < 1:
        raise ValueError("epochs must be at least 1")
    if not callable(learning_rate) and not learning_rate > 0:
        raise ValueError("the learning rate must be positive")
    schedule = learning_rate if callable(learning_rate) else (lambda step: learning_rate)
    losses = []
    for epoch in range(epochs):
        for x, y in dataset:
            with tf.GradientTape() as tape:
                loss = tf.reduce_mean(tf.nn.sparse_softmax_cross_entropy_with_logits(labels=y, logits=model(x, training=True)))
            gradients = tape.gradient(loss, model.trainable_variables)
            for variable, gradient in zip(model.trainable_variables, gradients):
                variable.assign_sub(schedule(epoch) * gradient)
            losses.append(float(loss))
    return np.array(losses)
