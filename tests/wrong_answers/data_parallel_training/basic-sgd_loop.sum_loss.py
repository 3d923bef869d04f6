# cell: sgd_loop-solution
# Sums the per-example losses instead of averaging them: the step grows with the batch size.
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
                per_example = tf.nn.sparse_softmax_cross_entropy_with_logits(labels=y, logits=model(x, training=True))
                loss = tf.reduce_sum(per_example)
            gradients = tape.gradient(loss, model.trainable_variables)
            for variable, gradient in zip(model.trainable_variables, gradients):
                variable.assign_sub(schedule(len(losses)) * gradient)
            losses.append(float(tf.reduce_mean(per_example)))
    return np.array(losses)
