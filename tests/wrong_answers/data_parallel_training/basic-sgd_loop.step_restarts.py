# cell: sgd_loop-solution
# Restarts the step count at 0 in every epoch (enumerate inside the epoch loop).
def train_sgd(model, dataset, learning_rate, epochs=1):
    if epochs < 1:
        raise ValueError("epochs must be at least 1")
    if not callable(learning_rate) and not learning_rate > 0:
        raise ValueError("the learning rate must be positive")
    schedule = learning_rate if callable(learning_rate) else (lambda step: learning_rate)
    losses = []
    for _ in range(epochs):
        for step, (x, y) in enumerate(dataset):
            with tf.GradientTape() as tape:
                loss = tf.reduce_mean(tf.nn.sparse_softmax_cross_entropy_with_logits(labels=y, logits=model(x, training=True)))
            gradients = tape.gradient(loss, model.trainable_variables)
            for variable, gradient in zip(model.trainable_variables, gradients):
                variable.assign_sub(schedule(step) * gradient)
            losses.append(float(loss))
    return np.array(losses)
