if a:
    if b:
        pass
  pass
