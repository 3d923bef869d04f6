# cell: apple_weight-solution
# Standardises the columns first: centring them puts an intercept back into the model.
def fit_apple_weight_model(X, weights):
    return make_pipeline(StandardScaler(), LinearRegression()).fit(X, weights)
