class Fatal(BaseException):
    pass
try:
    raise Fatal('not caught by Exception')
except Exception:
    print('wrong')
except BaseException as e:
    print('caught as BaseException', repr(e))
raise Fatal('uncaught')
