x = '''a
b'''.strip(\)
