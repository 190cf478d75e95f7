f = lambda v: v['k']
f({})
