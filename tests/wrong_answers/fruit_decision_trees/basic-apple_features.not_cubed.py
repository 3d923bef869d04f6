# cell: apple_features-solution
# Puts the diameter itself in the colour's column, not its cube.
def apple_features(colours, diameters_cm):
    colours = list(colours)
    diameters = np.asarray(diameters_cm, dtype=float)
    if len(colours) != len(diameters):
        raise ValueError("length mismatch")
    if np.any(diameters <= 0):
        raise ValueError("diameters must be positive")
    X = np.zeros((len(colours), 3))
    for i, (colour, d) in enumerate(zip(colours, diameters)):
        if colour not in APPLE_COLOURS:
            raise ValueError(colour)
        X[i, APPLE_COLOURS.index(colour)] = d
    return X
