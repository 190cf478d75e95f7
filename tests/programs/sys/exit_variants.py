import sys
for code in (None, 0, 5, 'msg'):
    try:
        sys.exit(code)
    except SystemExit as e:
        print(repr(e.code), e.args)
try:
    sys.exit(1, 2)
except TypeError as e:
    print(e)
sys.exit(2)
