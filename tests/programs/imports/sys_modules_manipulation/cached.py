print('cached executing')
state = 'fresh'
