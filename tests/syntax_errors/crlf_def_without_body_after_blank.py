def f():

