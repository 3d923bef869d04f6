# cell: mirrored_sgd-solution
# A small trainer class; an explicit iterator per epoch with next() until OutOfRange, the step a tf.function
# method; the per-example cross-entropy computed with log_softmax.
class _MirroredTrainer:
    def __init__(self, strategy, model_fn, global_batch_size, learning_rate):
        self.strategy = strategy
        self.global_batch_size = global_batch_size
        with strategy.scope():
            self.model = model_fn()
            self.optimizer = tf.keras.optimizers.SGD(learning_rate=learning_rate)

    def replica_step(self, x, y):
        variables = self.model.trainable_variables
        with tf.GradientTape() as tape:
            log_probs = tf.nn.log_softmax(self.model(x, training=True))
            per_example = -tf.reduce_sum(tf.one_hot(y, tf.shape(log_probs)[-1]) * log_probs, axis=-1)
            loss = tf.nn.compute_average_loss(per_example, global_batch_size=self.global_batch_size)
        self.optimizer.apply_gradients(zip(tape.gradient(loss, variables), variables))
        return loss

    @tf.function
    def distributed_step(self, x, y):
        per_replica_losses = self.strategy.run(self.replica_step, args=(x, y))
        return self.strategy.reduce(tf.distribute.ReduceOp.SUM, per_replica_losses, axis=None)


def train_mirrored(strategy, model_fn, dataset, global_batch_size, learning_rate, epochs=1):
    if int(epochs) < 1:
        raise ValueError("epochs must be at least 1")
    if global_batch_size % strategy.num_replicas_in_sync != 0:
        raise ValueError("the global batch must be a multiple of the number of replicas")
    trainer = _MirroredTrainer(strategy, model_fn, global_batch_size, learning_rate)
    distributed = strategy.experimental_distribute_dataset(dataset)
    losses = []
    for epoch in range(epochs):
        iterator = iter(distributed)
        while True:
            try:
                x, y = next(iterator)
            except (StopIteration, tf.errors.OutOfRangeError):
                break
            losses.append(trainer.distributed_step(x, y).numpy().item())
    return trainer.model, np.array(losses)
