# cell: shard_gradient-solution
# Weights right, but sizes that do not add up, empty or fractional shards are not rejected.
def sharded_gradient(grad_fn, features, labels, shard_sizes):
    total, start = None, 0
    for size in shard_sizes:
        size = int(size)
        if size == 0:
            continue
        part = [np.asarray(g, dtype=float) * size / len(labels)
                for g in grad_fn(features[start:start + size], labels[start:start + size])]
        total = part if total is None else [t + p for t, p in zip(total, part)]
        start += size
    return total
