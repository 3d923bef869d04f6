# cell: apple_weight-solution
# Treats every (rounded) weight as a class: regression done with a classifier.
def fit_apple_weight_model(X, weights):
    return DecisionTreeClassifier(random_state=0).fit(X, np.round(weights).astype(int))
