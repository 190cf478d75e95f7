import sys
print(sys.maxsize, sys.maxsize == 2**63 - 1, -sys.maxsize - 1, sys.byteorder, sys.platform)
print(type(sys.executable).__name__, sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.int_info.bits_per_digit > 0 if False else 'skip')
print(sys.maxunicode, sys.getdefaultencoding())
