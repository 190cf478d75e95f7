[matches b]
