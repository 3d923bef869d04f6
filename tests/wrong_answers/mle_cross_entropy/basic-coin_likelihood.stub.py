# cell: coin_likelihood-solution
# A stub that returns zeros of the right shape.
def coin_likelihood(theta, flips):
    return np.zeros_like(np.asarray(theta, dtype=float))
