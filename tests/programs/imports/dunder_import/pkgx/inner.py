value = 'inner value'
