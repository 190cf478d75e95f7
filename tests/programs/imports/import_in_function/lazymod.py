print('lazymod loaded')
VALUE = 'lazy'
