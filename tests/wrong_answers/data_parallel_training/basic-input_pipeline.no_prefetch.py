# cell: input_pipeline-solution
# Forgets to prefetch, and keeps the input's dtypes (float64 features, int64 labels).
def make_dataset(features, labels, batch_size, seed, drop_remainder=False):
    features = np.asarray(features)
    labels = np.asarray(labels)
    if features.ndim != 2 or labels.shape != (len(features),):
        raise ValueError("features must be (n, d) and labels (n,)")
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    dataset = tf.data.Dataset.from_tensor_slices((features, labels)).shuffle(len(labels), seed=seed)
    return dataset.batch(batch_size, drop_remainder=drop_remainder)
