try:
    import broken
except ZeroDivisionError as e:
    print('import failed:', e)
import sys
print('broken' in sys.modules)
import broken
