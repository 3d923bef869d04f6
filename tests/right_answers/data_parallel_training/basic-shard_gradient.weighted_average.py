# cell: shard_gradient-solution
# Collects every worker's gradients first, then np.average over the shards with the sizes as weights.
def sharded_gradient(grad_fn, features, labels, shard_sizes):
    sizes = [s for s in shard_sizes]
    if not sizes:
        raise ValueError("at least one shard is needed")
    if not all(isinstance(s, (int, np.integer)) and s > 0 for s in sizes):
        raise ValueError("every shard size must be a positive integer")
    if len(features) != len(labels) or sum(sizes) != len(features):
        raise ValueError("the shards must cover the batch exactly")
    worker_grads = []
    offset = 0
    for s in sizes:
        worker_grads.append(grad_fn(features[offset:offset + s], labels[offset:offset + s]))
        offset += s
    result = []
    for per_worker in zip(*worker_grads):          # one parameter at a time
        stacked = np.stack([np.asarray(g, dtype=np.float64) for g in per_worker])
        result.append(np.average(stacked, axis=0, weights=np.asarray(sizes, dtype=np.float64)))
    return result
