import sys
print(type(sys.flags).__name__, sys.flags.optimize, sys.flags.dont_write_bytecode, sys.flags.hash_randomization, sys.flags.verbose)
print(sys.flags.interactive, sys.flags.isolated, sys.flags.no_site, sys.flags.ignore_environment, sys.flags.quiet)
print(callable(sys.exit), callable(sys.getrecursionlimit), isinstance(sys.platform, str), isinstance(sys.executable, str))
