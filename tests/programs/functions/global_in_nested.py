v = 'g'
def outer():
    v = 'outer'
    def inner():
        global v
        v = 'changed'
        return v
    r = inner()
    return r, v
print(outer(), v)
