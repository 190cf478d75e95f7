class Widget:
    def __init__(self, size):
        if size < 0:
            raise ValueError(f'negative size {size}')
        self.size = size
Widget(3)
Widget(-1)
