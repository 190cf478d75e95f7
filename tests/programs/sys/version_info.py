import sys
print(sys.version_info[:2], sys.version_info.major, sys.version_info.minor, sys.version_info >= (3, 11), sys.version_info < (3, 12))
print(type(sys.version_info).__name__, sys.version_info.releaselevel, len(sys.version_info))
print(sys.version.startswith('3.11'), type(sys.hexversion).__name__, sys.hexversion >> 16 == 0x30b)
print(hasattr(sys.implementation, 'name'), type(sys.implementation.name).__name__)
