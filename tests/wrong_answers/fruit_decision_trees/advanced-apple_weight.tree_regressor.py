# cell: apple_weight-solution
# A regression tree: exact on three apples, but its step function is too coarse for new apples.
def fit_apple_weight_model(X, weights):
    return DecisionTreeRegressor(random_state=0).fit(X, weights)
