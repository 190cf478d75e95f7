visible = 'v'
_underscore = 'u'
def func(): pass
