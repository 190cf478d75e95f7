class Box:
    def __class_getitem__(cls, item):
        return (cls.__name__, item)
print(Box[int], Box[int, str])
print(list[int], dict[str, int], tuple[int, ...])
print(type(list[int]).__name__)
try:
    int[0]
except TypeError as e:
    print(e)
