class C: pass
c = C()
setattr(c, 'a', 1)
print(getattr(c, 'a'), hasattr(c, 'a'), hasattr(c, 'b'), getattr(c, 'b', None))
setattr(c, 'with space', 2)
print(getattr(c, 'with space'))
delattr(c, 'a')
print(hasattr(c, 'a'))
for call in (lambda: getattr(c, 1), lambda: setattr(c, 2, 0), lambda: getattr(c, 'missing'), lambda: delattr(c, 'nope'), lambda: getattr(c)):
    try:
        call()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
