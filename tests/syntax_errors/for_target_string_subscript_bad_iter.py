for "a"[0] in : pass
