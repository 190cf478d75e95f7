import sys
print('before')
try:
    sys.exit('first')
except SystemExit as e:
    print('caught', e.code)
print(sys.exc_info())
sys.exit(['not', 'an', 'int'])
