try:
    try:
        raise ValueError('v')
    except 5:
        print('never')
except TypeError as e:
    print(e)
try:
    raise object()
except TypeError as e:
    print(e)
class NotExc: pass
try:
    raise NotExc
except TypeError as e:
    print(e)
