# cell: norm_properties-solution
# Stub: everything is a norm.
def check_norm_properties(norm, dim=5, trials=200, seed=0, rtol=1e-9, atol=1e-12):
    return {"definite": True, "homogeneous": True, "triangle": True}
