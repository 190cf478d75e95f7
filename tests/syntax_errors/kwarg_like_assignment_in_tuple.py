name='x', value='y'
