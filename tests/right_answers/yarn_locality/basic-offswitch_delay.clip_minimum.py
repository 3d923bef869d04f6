# cell: offswitch_delay-solution
# Divides in float32 and clips the factor into [0, 1] with np.clip; np.minimum caps the delay at N.
def locality_wait_factor(unique_asks, num_nodes):
    if not num_nodes >= 1:
        raise ValueError(f"num_nodes must be at least 1, got {num_nodes}")
    ratio = np.float32(unique_asks - 1) / np.float32(num_nodes)     # float32 / float32 stays float32
    return np.clip(ratio, np.float32(0), np.float32(1))


def offswitch_delay(outstanding, unique_asks, num_nodes):
    scaled = np.float32(outstanding) * locality_wait_factor(unique_asks, num_nodes)
    return np.minimum(np.float32(num_nodes), scaled)
