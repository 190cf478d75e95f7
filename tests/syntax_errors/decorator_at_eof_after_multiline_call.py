@exec("x"
  "y", g)
