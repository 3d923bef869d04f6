# cell: apple_weight-solution
# A linear model with an intercept: fits well enough, but it is not the model the text prescribes
# (weight = k_colour * d**3 has no constant term).
def fit_apple_weight_model(X, weights):
    return LinearRegression().fit(X, weights)
