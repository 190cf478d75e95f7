[x async y in z]
