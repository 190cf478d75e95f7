# Repetition counts whose product with the length overflows: MemoryError or OverflowError as CPython
# says, never an internal error; empty sequences repeat to empty whatever the count.
import sys
for seq in ([4,5,6,7], (1,2), 'ab', [], '', b'ab', bytearray(b'ab')):
    for n in (int((sys.maxsize*2+2)//4), sys.maxsize, 3, 0, -1):
        try: r = seq * n; print(type(seq).__name__, n, len(r))
        except Exception as e: print(type(seq).__name__, n, type(e).__name__, e)
        try: r = n * seq; print(type(seq).__name__, n, len(r))
        except Exception as e: print(type(seq).__name__, n, type(e).__name__, e)
for make in (lambda: [1, 2], lambda: bytearray(b'ab'), lambda: [], lambda: bytearray()):
    for n in (sys.maxsize, 2**62, 3, -1):
        x = make()
        try:
            x *= n; print(type(x).__name__, n, len(x))
        except Exception as e: print(type(x).__name__, n, type(e).__name__, e)
