print('pkg init')
INIT_VALUE = 'init'
