# cell: input_pipeline-solution
# A shuffle buffer of one batch only mixes neighbouring examples.
def make_dataset(features, labels, batch_size, seed, drop_remainder=False):
    features = np.asarray(features, dtype=np.float32)
    labels = np.asarray(labels, dtype=np.int32)
    if features.ndim != 2 or labels.shape != (len(features),):
        raise ValueError("features must be (n, d) and labels (n,)")
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    dataset = tf.data.Dataset.from_tensor_slices((features, labels)).shuffle(batch_size, seed=seed)
    return dataset.batch(batch_size, drop_remainder=drop_remainder).prefetch(tf.data.AUTOTUNE)
