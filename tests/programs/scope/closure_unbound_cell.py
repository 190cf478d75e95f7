def outer():
    def inner():
        return x
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    x = 5
    print(inner())
    del x
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
outer()
