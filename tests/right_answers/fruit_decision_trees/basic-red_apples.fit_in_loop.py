# cell: red_apples-solution
# Builds the three unfitted models first and fits them in one loop.
def fit_colour_models(X, y):
    models = {
        "stump": DecisionTreeClassifier(max_depth=1, random_state=0),
        "linear": make_pipeline(StandardScaler(), LogisticRegression()),
        "tree": DecisionTreeClassifier(random_state=0),
    }
    for model in models.values():
        model.fit(X, y)
    return models
