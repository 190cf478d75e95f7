SETTINGS = {'debug': False}
