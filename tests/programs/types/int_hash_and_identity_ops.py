vals = [0, 1, -1, 2**31, 2**61 - 2, 2**61 - 1, 2**61, 2**62, -(2**61), 10**30, -(10**30)]
print([hash(v) for v in vals])
print([hash(float(v)) == hash(v) for v in vals[:6]])
print(hash(0.5), hash(-0.5), hash(2.0**70), hash(1e-300))
