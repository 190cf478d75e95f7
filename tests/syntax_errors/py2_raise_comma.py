raise ValueError, "msg"
