g = {}
exec('global_var = 1\ndef inc():\n    global global_var\n    global_var += 1\ninc()\ninc()', g)
print(g['global_var'])
