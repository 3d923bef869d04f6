# cell: apple_weight-solution
# Constant stub: always predicts the mean training weight.
from sklearn.dummy import DummyRegressor


def fit_apple_weight_model(X, weights):
    return DummyRegressor(strategy="mean").fit(X, weights)
