# cell: apple_features-solution
# Stub: zeros of the right shape.
def apple_features(colours, diameters_cm):
    return np.zeros((len(list(colours)), 3))
