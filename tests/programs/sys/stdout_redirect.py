import sys
class Capture:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        pass
orig = sys.stdout
cap = Capture()
sys.stdout = cap
print('captured', 1, 2)
print('second', end='!')
sys.stdout = orig
print(cap.parts)
print('hello', file=cap)
print(cap.parts[-2:])
