# cell: input_pipeline-solution
# reshuffle_each_iteration=False: every epoch repeats the first epoch's order.
def make_dataset(features, labels, batch_size, seed, drop_remainder=False):
    features = np.asarray(features, dtype=np.float32)
    labels = np.asarray(labels, dtype=np.int32)
    if features.ndim != 2 or labels.shape != (len(features),):
        raise ValueError("features must be (n, d) and labels (n,)")
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    dataset = tf.data.Dataset.from_tensor_slices((features, labels))
    dataset = dataset.shuffle(len(labels), seed=seed, reshuffle_each_iteration=False)
    return dataset.batch(batch_size, drop_remainder=drop_remainder).prefetch(tf.data.AUTOTUNE)
