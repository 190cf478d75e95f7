def f(**k,,):
    pass
