[ma b]
