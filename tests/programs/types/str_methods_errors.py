# Argument errors of str methods, with CPython's messages.
tests = ["'abc'.find(1)", "'abc'.index('z')", "'abc'.rindex('z', 1)", "'abc'.count(1)", "'abc'.startswith(1)",
         "'abc'.startswith(('a', 1))", "'abc'.startswith(('x', 1))", "'abc'.endswith(1)", "'abc'.replace(1, 'a')", "'abc'.replace('a', 1)",
         "'abc'.replace('a', 'b', 1.0)", "'abc'.split(1)", "'abc'.split('')", "'abc'.rsplit('')", "'abc'.split(maxsplit=1.0)",
         "','.join([1])", "','.join(['a', 2])", "','.join(5)", "'abc'.strip(1)", "'abc'.lstrip(1)", "'abc'.rstrip(1)", "'abc'.center(5, 'ab')",
         "'abc'.center(5, 1)", "'abc'.ljust(5.0)", "'abc'.partition(1)", "'abc'.partition('')", "'abc'.rpartition('')",
         "'abc'.zfill('a')", "'abc'.expandtabs(1.0)", "'abc'.removeprefix(1)", "'abc'.removesuffix(1)",
         "'abc'.translate({97: 1.5})", "'abc'.translate({97: 0x110000})", "'abc'.translate(5)", "str.maketrans(5)",
         "str.maketrans({'ab': 1})", "str.maketrans({1.5: 1})", "str.maketrans('ab', 'c')", "str.maketrans('ab', 5)",
         "str.maketrans(5, 'a')", "str.maketrans('a', 'b', 5)", "'abc'.find('b', 'x')", "'abc'.find('b', 1.0)",
         "'abc'.find('b', None, None)", "'abc'.splitlines(1.5)", "S[1.0]", "S['a']", "'abc'[10]", "'abc'[-4]",
         "'x'.startswith('x', 'a')", "'abc' * 1.5", "'abc' + 1", "'a' < 1", "'abc'.__getitem__(5)", "'abc'.__contains__(1)",
         "1 in 'abc'", "'abc'.__mod__(1)", "'abc'.__rmod__(1)", "'ab'.__mul__(2)", "'ab'.__rmul__(3)", "'ab'.__eq__(1)",
         "'ab'.__lt__('b')", "'ab'.__getnewargs__()", "'a\\tb'.expandtabs(-1)", "'abc'.translate({97: 'xy', 98: None, 99: 100})",
         "str.maketrans('ab', 'xy', 'c')", "str.maketrans({'a': 1, 2: 'b'})", "'abcabc'.translate(str.maketrans('ab', 'ba', 'c'))"]
S = 'abc'
for t in tests:
    try:
        r = repr(eval(t))
    except Exception as e:
        r = type(e).__name__ + ': ' + str(e)
    print(t, '->', r)
