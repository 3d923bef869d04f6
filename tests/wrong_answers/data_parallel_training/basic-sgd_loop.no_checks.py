# cell: sgd_loop-solution
# Correct training, but a learning rate of 0 or nan, or epochs < 1, raise nothing.
def train_sgd(model, dataset, learning_rate, epochs=1):
    schedule = learning_rate if callable(learning_rate) else (lambda step: learning_rate)
    losses = []
    for _ in range(epochs):
        for x, y in dataset:
            with tf.GradientTape() as tape:
                loss = tf.reduce_mean(tf.nn.sparse_softmax_cross_entropy_with_logits(labels=y, logits=model(x, training=True)))
            gradients = tape.gradient(loss, model.trainable_variables)
            for variable, gradient in zip(model.trainable_variables, gradients):
                variable.assign_sub(schedule(len(losses)) * gradient)
            losses.append(float(loss))
    return np.array(losses)
