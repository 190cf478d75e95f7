import typing
from typing_extensions import (Annotated, Literal, NotRequired, ParamSpec, Protocol, Required, Self, TypedDict,
                               TypeGuard, get_args, get_origin, get_type_hints, runtime_checkable, override,
                               final, Concatenate, LiteralString, Never, assert_never, dataclass_transform)


class Movie(TypedDict, total=False):
    title: Required[str]
    year: int


class Point(TypedDict):
    x: int
    y: NotRequired[int]


@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...


class File:
    def close(self):
        pass


P = ParamSpec("P")
print(Movie.__required_keys__, Movie.__optional_keys__, Point.__required_keys__, Point.__optional_keys__)
print(isinstance(File(), Closable), isinstance(1, Closable))
print(get_args(Annotated[int, "meta"]), get_origin(Literal[1, 2]), get_args(Literal["a", "b"]))
print(P.__name__, typing.Callable[Concatenate[int, P], int])


def f(x: Annotated[int, "unit"]) -> Self:
    pass


print(get_type_hints(f), get_type_hints(f, include_extras=True))


class Base:
    def m(self) -> int:
        return 1


class Child(Base):
    @override
    def m(self) -> int:
        return 2


print(Child().m(), getattr(Child.m, "__override__", None), final(Base) is Base)
try:
    assert_never(1)
except AssertionError as e:
    print("AssertionError:", e)
print(Movie(title="x"), Never, LiteralString, TypeGuard[int])


@dataclass_transform()
def model(cls):
    return cls


print(model(Point) is Point, model.__dataclass_transform__["eq_default"])
