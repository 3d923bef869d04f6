# cell: input_pipeline-solution
# Validates with len/np.ndim first, zips a features and a labels data set, and casts the types in a map.
def make_dataset(features, labels, batch_size, seed, drop_remainder=False):
    if np.ndim(features) != 2:
        raise ValueError("features must be 2-D")
    if np.ndim(labels) != 1:
        raise ValueError("labels must be 1-D")
    if len(labels) != len(features):
        raise ValueError("features and labels must hold the same number of examples")
    if not batch_size >= 1:
        raise ValueError("batch_size must be positive")
    xs = tf.data.Dataset.from_tensor_slices(np.array(features))
    ys = tf.data.Dataset.from_tensor_slices(np.array(labels))
    pairs = tf.data.Dataset.zip((xs, ys)).map(lambda x, y: (tf.cast(x, tf.float32), tf.cast(y, tf.int32)))
    pairs = pairs.shuffle(len(labels), seed=seed)          # reshuffles every epoch by default
    pairs = pairs.batch(batch_size, drop_remainder=drop_remainder)
    return pairs.prefetch(tf.data.AUTOTUNE)
