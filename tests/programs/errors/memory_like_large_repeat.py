try:
    [0] * (2**62)
except (MemoryError, OverflowError) as e:
    print(type(e).__name__)
try:
    'x' * (2**62)
except (MemoryError, OverflowError) as e:
    print(type(e).__name__)
print('still running')
