# cell: apple_weight-solution
# Ridge with alpha = 0 and no intercept is least squares; the SVD solver handles it without a penalty.
from sklearn.linear_model import Ridge


def fit_apple_weight_model(X, weights):
    return Ridge(alpha=0.0, fit_intercept=False, solver="svd").fit(X, weights)
