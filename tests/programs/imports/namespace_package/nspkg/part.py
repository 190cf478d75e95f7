X = 'namespace part'
