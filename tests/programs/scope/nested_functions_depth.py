def l1():
    a = 1
    def l2():
        b = 2
        def l3():
            c = 3
            def l4():
                return a + b + c
            return l4
        return l3
    return l2
print(l1()()()())
def shadow():
    v = 'outer'
    def mid():
        v = 'mid'
        def inner():
            return v
        return inner()
    return mid(), v
print(shadow())
