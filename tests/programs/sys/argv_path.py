import sys
print(sys.argv)
print(len(sys.argv), sys.argv[0])
print(type(sys.path).__name__, __file__.endswith('argv_path.py'))
print(isinstance(sys.path[0], str), sys.path[0].endswith('sys'))
