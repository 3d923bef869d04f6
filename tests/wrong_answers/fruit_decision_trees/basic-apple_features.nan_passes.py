# cell: apple_features-solution
# Rejects diameters <= 0 but lets NaN and infinite diameters through.
def apple_features(colours, diameters_cm):
    colours = list(colours)
    diameters = np.asarray(diameters_cm, dtype=float)
    if diameters.ndim != 1 or len(colours) != len(diameters):
        raise ValueError(f"{len(colours)} colours but {diameters.size} diameters")
    if np.any(diameters <= 0):
        raise ValueError("diameters must be positive")
    X = np.zeros((len(colours), len(APPLE_COLOURS)))
    for i, (colour, d) in enumerate(zip(colours, diameters)):
        if colour not in APPLE_COLOURS:
            raise ValueError(f"unknown apple colour {colour!r}")
        X[i, APPLE_COLOURS.index(colour)] = d**3
    return X
