# cell: coin_mle-solution
# Constant stubs that return the answer of the worked example.
def coin_mle(flips):
    return Fraction(1, 3)


def numeric_mle(log_likelihood, lo=0.0, hi=1.0):
    return 1 / 3
