# cell: input_pipeline-solution
# Shuffles and batches the row indices, then gathers the rows of each batch with a map before prefetching.
def make_dataset(features, labels, batch_size, seed, drop_remainder=False):
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    features = tf.constant(np.array(features, dtype=np.float32))
    labels = tf.constant(np.array(labels, dtype=np.int32))
    if features.shape.rank != 2:
        raise ValueError("features must be a 2-D (n, d) array")
    if labels.shape.rank != 1 or labels.shape[0] != features.shape[0]:
        raise ValueError("labels must be 1-D, one per row of features")
    n = int(features.shape[0])
    indices = tf.data.Dataset.range(n).shuffle(buffer_size=n, seed=seed, reshuffle_each_iteration=True)
    batches = indices.batch(batch_size, drop_remainder=drop_remainder)
    batches = batches.map(lambda idx: (tf.gather(features, idx), tf.gather(labels, idx)))
    return batches.prefetch(buffer_size=tf.data.AUTOTUNE)
