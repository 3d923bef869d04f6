# cell: mle_equivalence-solution
# One example at a time: log p(y_i | x_i) from that row's shifted logits, added up with math.fsum.
def classifier_log_likelihood(W, b, X, y):
    W = np.asarray(W, dtype=float)
    b = np.asarray(b, dtype=float)
    terms = []
    for x_i, y_i in zip(np.asarray(X, dtype=float), y):
        z = x_i @ W + b
        top = z.max()
        terms.append(z[y_i] - top - math.log(np.exp(z - top).sum()))
    return float(math.fsum(terms))
