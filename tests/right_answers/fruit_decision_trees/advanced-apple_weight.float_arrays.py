# cell: apple_weight-solution
# Ordinary least squares without intercept, fitted on float arrays in separate steps.
def fit_apple_weight_model(X, weights):
    features = np.asarray(X, dtype=float)
    target = np.asarray(weights, dtype=float).ravel()
    regressor = LinearRegression(fit_intercept=False)
    regressor.fit(features, target)
    return regressor
