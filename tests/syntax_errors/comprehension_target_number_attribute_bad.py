[x for 0 .y]
