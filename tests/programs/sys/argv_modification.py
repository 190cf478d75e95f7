import sys
sys.argv.append('extra')
print(sys.argv[1:])
sys.argv = ['replaced']
print(sys.argv)
