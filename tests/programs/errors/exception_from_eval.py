eval('1 +\n 2 + undefined_e')
