# cell: apple_features-solution
# A colour -> column dict and one Python row per apple, checked as it is built.
def apple_features(colours, diameters_cm):
    if len(colours) != len(diameters_cm):
        raise ValueError(f"{len(colours)} colours for {len(diameters_cm)} diameters")
    column_of = {name: j for j, name in enumerate(APPLE_COLOURS)}
    rows = []
    for colour, diameter in zip(colours, diameters_cm):
        if colour not in column_of:
            raise ValueError(f"unknown colour {colour!r}")
        diameter = float(diameter)
        if not (np.isfinite(diameter) and diameter > 0):
            raise ValueError(f"bad diameter {diameter}")
        row = [0.0] * len(APPLE_COLOURS)
        row[column_of[colour]] = diameter**3
        rows.append(row)
    return np.array(rows, dtype=float).reshape(len(rows), len(APPLE_COLOURS))
