import typing
from typing import (Any, Callable, ClassVar, Dict, Final, Generic, List, Literal, NamedTuple, NewType,
                    Optional, Protocol, Tuple, TypedDict, TypeVar, Union, cast, get_args, get_origin,
                    get_type_hints, overload, runtime_checkable)

T = TypeVar("T")
K = TypeVar("K", str, bytes)
B = TypeVar("B", bound=int, covariant=True)
print(T, K, B, T.__name__, K.__constraints__, B.__bound__, B.__covariant__)

print(List[int], Dict[str, List[int]], Optional[int], Union[int, str], Union[int, int], Tuple[int, ...])
print(Callable[[int, str], bool], Callable[..., None], Literal["a", 1], ClassVar[int], Final[str])
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Union[int, str]), get_args(Optional[str]))
print(get_args(Callable[[int], str]), get_origin(Literal[1]), get_origin(int), get_args(int))
print(Union[int, str] == Union[str, int], Optional[int] == Union[int, None], list[int] == List[int])
print(int | str, typing.Union[int, None] == (int | None))


class Stack(Generic[T]):
    def __init__(self):
        self.items: list[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()


s = Stack[int]()
s.push(1)
print(s.pop(), Stack[int], Stack.__parameters__, Stack[str].__origin__ is Stack, Stack.__orig_bases__)


class Point(NamedTuple):
    x: int
    y: int = 0
    label: str = "p"


p = Point(1)
print(p, p._fields, p._field_defaults, Point.__annotations__, p._replace(y=5), p._asdict())


class Movie(TypedDict, total=False):
    title: str
    year: int


m: Movie = {"title": "Film"}
print(m, Movie.__required_keys__, Movie.__optional_keys__, Movie.__total__)
UserId = NewType("UserId", int)
print(UserId(5), UserId, UserId.__supertype__, cast(str, 123), cast("int", "x"))


@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...


class Resource:
    def close(self):
        pass


print(isinstance(Resource(), Closable), isinstance(1, Closable), issubclass(Resource, Closable))


def annotated(a: int, b: "str" = "x", *args: float, c: Optional[List[int]] = None) -> Dict[str, Any]:
    return {}


print(get_type_hints(annotated))
print(annotated.__annotations__)


class WithHints:
    count: ClassVar[int] = 0
    name: str


print(get_type_hints(WithHints))


@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2


print(double(2), double("ab"), [f.__name__ for f in typing.get_overloads(double)] if hasattr(typing, "get_overloads") else "")
print(typing.Annotated[int, "meta"], get_args(typing.Annotated[int, "meta"]), get_type_hints(lambda: None))
print(typing.TYPE_CHECKING, typing.Sequence[int], typing.Iterable, typing.Mapping[str, int])
print(typing.assert_type(5, int), typing.reveal_type is not None, typing.LiteralString, typing.Self, typing.Never)
P = typing.ParamSpec("P")
print(P, P.args, P.kwargs, Callable[P, int], typing.Concatenate[int, P])
Ts = typing.TypeVarTuple("Ts")
print(Ts, Tuple[int, typing.Unpack[Ts]])
print(typing.final(lambda: 0).__final__, typing.no_type_check(annotated) is annotated)
print(repr(Any), typing.NoReturn, typing.Type[int], typing.Text, typing.AnyStr)

for bad in [lambda: Union[()], lambda: Optional[int, str], lambda: List[int, str], lambda: Generic[int],
            lambda: TypeVar("X", int), lambda: Callable[int, str], lambda: isinstance(1, List[int]),
            lambda: Stack[int, str], lambda: Literal[[]].__hash__(), lambda: typing.Final[int, str],
            lambda: isinstance(Resource(), Protocol), lambda: NewType("X", 1)("x")]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)
try:
    class Bad(NamedTuple):
        x: int = 0
        y: int
except TypeError as e:
    print("TypeError:", e)
try:
    typing.assert_never(1)
except AssertionError as e:
    print("AssertionError:", e)
