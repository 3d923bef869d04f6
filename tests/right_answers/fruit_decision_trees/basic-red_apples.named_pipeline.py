# cell: red_apples-solution
# The straight-line model as a Pipeline with named steps; each model fitted on its own line.
from sklearn.pipeline import Pipeline


def fit_colour_models(X, y):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y)
    stump = DecisionTreeClassifier(random_state=0, max_depth=1)
    stump.fit(X, y)
    line = Pipeline([("scale", StandardScaler()), ("logistic", LogisticRegression())])
    line.fit(X, y)
    deep = DecisionTreeClassifier(random_state=0)
    deep.fit(X, y)
    return dict(stump=stump, linear=line, tree=deep)
