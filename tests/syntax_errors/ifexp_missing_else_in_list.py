[a if b]
