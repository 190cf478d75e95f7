def show(fn, *a, **k):
    try:
        fn(*a, **k)
        print('ok')
    except TypeError as e:
        print(e)
show(len)
show(len, 1, 2)
show(len, obj=1)
show(abs)
show(divmod, 1)
show(isinstance, 1)
show(sorted)
show(sorted, [], 1)
show([].append)
show([].append, 1, 2)
show({}.get)
show(int, 'a', 'b', 'c')
show(str.join)
