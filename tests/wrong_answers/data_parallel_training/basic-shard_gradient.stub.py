# cell: shard_gradient-solution
# Stub: zeros of the right shapes (read from the first shard's gradient).
def sharded_gradient(grad_fn, features, labels, shard_sizes):
    first = int(list(shard_sizes)[0])
    return [np.zeros(np.shape(g)) for g in grad_fn(features[:first], labels[:first])]
