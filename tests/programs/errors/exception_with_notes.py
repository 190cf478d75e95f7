e = ValueError('primary')
e.add_note('first note')
e.add_note('second note')
raise e
