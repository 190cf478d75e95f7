import sys
try:
    sys.exit(7)
except SystemExit as e:
    print('caught SystemExit', e.code)
try:
    exit(8)
except SystemExit as e:
    print('caught exit()', e.code)
try:
    quit()
except SystemExit as e:
    print('caught quit()', e.code)
raise SystemExit(True)
