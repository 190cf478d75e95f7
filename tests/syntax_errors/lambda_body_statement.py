lambda: pass
