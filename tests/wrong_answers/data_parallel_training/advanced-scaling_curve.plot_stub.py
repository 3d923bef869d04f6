# cell: scaling_curve-solution_2
# Stub: returns the Axes without drawing.
def plot_scaling(curve, axes=None):
    if axes is None:
        _, axes = plt.subplots(1, 2)
    return axes
