for 0 .x y: pass
