# cell: apple_features-solution
# Right features, but an unknown colour silently gives a row of zeros and bad inputs are not rejected.
def apple_features(colours, diameters_cm):
    diameters = np.asarray(diameters_cm, dtype=float)
    X = np.zeros((len(diameters), 3))
    for i, (colour, d) in enumerate(zip(colours, diameters)):
        if colour in APPLE_COLOURS:
            X[i, APPLE_COLOURS.index(colour)] = d**3
    return X
