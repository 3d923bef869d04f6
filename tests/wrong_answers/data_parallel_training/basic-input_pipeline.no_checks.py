# cell: input_pipeline-solution
# Right pipeline, but no validation: mismatched lengths and batch_size 0 are not ValueErrors.
def make_dataset(features, labels, batch_size, seed, drop_remainder=False):
    features = np.asarray(features, dtype=np.float32)
    labels = np.asarray(labels, dtype=np.int32)
    dataset = tf.data.Dataset.from_tensor_slices((features, labels))
    dataset = dataset.shuffle(len(labels), seed=seed, reshuffle_each_iteration=True)
    return dataset.batch(batch_size, drop_remainder=drop_remainder).prefetch(tf.data.AUTOTUNE)
