import sys
a = sys.intern('hello world ' + str(1))
b = sys.intern('hello world 1')
print(a is b, a == b)
try:
    sys.intern(5)
except TypeError as e:
    print(e)
class S(str): pass
try:
    sys.intern(S('x'))
except TypeError as e:
    print(e)
