# cell: apple_features-solution
# Column indices with tuple.index (an unknown colour is reported), rows of np.eye(3) scaled by d**3.
def apple_features(colours, diameters_cm):
    colours = list(colours)
    d = np.asarray(diameters_cm, dtype=float).reshape(-1)
    if len(colours) != len(d):
        raise ValueError("colours and diameters must have the same length")
    if np.any(~np.isfinite(d)) or np.any(d <= 0):
        raise ValueError("every diameter must be a positive, finite number")
    columns = []
    for colour in colours:
        if colour not in APPLE_COLOURS:
            raise ValueError(f"{colour!r} is not one of {APPLE_COLOURS}")
        columns.append(APPLE_COLOURS.index(colour))
    one_hot = np.eye(len(APPLE_COLOURS))[columns].reshape(len(colours), len(APPLE_COLOURS))
    return one_hot * (d**3)[:, None]
