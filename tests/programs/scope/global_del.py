x = 10
def kill():
    global x
    del x
kill()
try:
    print(x)
except NameError as e:
    print('NameError', e)
def recreate():
    global x
    x = 20
recreate()
print(x)
