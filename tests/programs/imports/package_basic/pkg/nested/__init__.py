print('pkg.nested init')
