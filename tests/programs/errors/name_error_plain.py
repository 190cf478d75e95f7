print('start')
undefined_thing_xyz
