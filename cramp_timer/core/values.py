"""Frozen value classes without `dataclasses`, for what the window-less commands import.

``@frozen`` gives a class what ``@dataclass(frozen=True)`` gives it: the fields are its
annotations, in order (one given a value in the class body has that default); ``__init__``
takes them by position or name and then calls ``__post_init__`` if the class has one; an
instance cannot be changed, and is compared, hashed and shown by its fields. `replace`
is ``dataclasses.replace``: a copy with some fields changed, built (and so checked)
again. No inheritance of fields, no ``field()``. `dataclasses` imports `inspect`: half of
what ``--export-routines`` costs beyond ``python -c pass``
(docs/decisions/0022-window-less-commands-cost.md).
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any, TypeVar, dataclass_transform

    _T = TypeVar("_T")
else:  # (typing.dataclass_transform is Python 3.11's; it only tells the type checker)

    def dataclass_transform(**_options: object) -> object:
        return lambda decorated: decorated


def _fields(value: object) -> tuple[object, ...]:
    return tuple(getattr(value, name) for name in type(value).__match_args__)  # type: ignore[attr-defined]


def _make_init(names: tuple[str, ...], defaults: dict[str, object],
               post_init: Callable[[Any], None] | None) -> Callable[..., None]:
    """``__init__(self, <names>)`` compiled as `dataclasses` compiles it, so that making a
    value costs what a dataclass's does (the diary reads ten thousand at a time)."""
    params = ", ".join(f"{name}=_defaults[{name!r}]" if name in defaults else name
                       for name in names)
    lines = [f"    _set(self, {name!r}, {name})" for name in names]
    if post_init is not None:
        lines.append("    _post_init(self)")
    source = f"def __init__(self, {params}):\n" + ("\n".join(lines) or "    pass") + "\n"
    scope: dict[str, Any] = {"_set": object.__setattr__, "_defaults": defaults,
                             "_post_init": post_init}
    exec(source, scope)
    made: Callable[..., None] = scope["__init__"]
    return made


@dataclass_transform(frozen_default=True)
def frozen(cls: type[_T]) -> type[_T]:
    """Make ``cls`` a frozen value class (see the module's docstring)."""
    # (its own annotations: inspect.get_annotations would import inspect)
    names: tuple[str, ...] = tuple(cls.__dict__.get("__annotations__", {}))  # noqa: RUF063
    defaults = {name: cls.__dict__[name] for name in names if name in cls.__dict__}
    post_init = cls.__dict__.get("__post_init__")
    title = cls.__qualname__

    __init__ = _make_init(names, defaults, post_init)

    def __eq__(self: Any, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return _fields(self) == _fields(other)

    def __hash__(self: Any) -> int:
        return hash(_fields(self))

    def __repr__(self: Any) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in names)
        return f"{title}({shown})"

    def __setattr__(self: Any, name: str, value: object) -> None:
        raise AttributeError(f"cannot assign to field {name!r}")

    def __delattr__(self: Any, name: str) -> None:
        raise AttributeError(f"cannot delete field {name!r}")

    for method in (__init__, __eq__, __hash__, __repr__, __setattr__, __delattr__):
        method.__qualname__ = f"{title}.{method.__name__}"
        setattr(cls, method.__name__, method)
    cls.__match_args__ = names  # type: ignore[attr-defined,misc]
    return cls


def replace(value: _T, **changes: object) -> _T:
    """A copy of the frozen ``value`` with ``changes``, built again (so checked again)."""
    names = type(value).__match_args__  # type: ignore[attr-defined]
    unknown = set(changes) - set(names)
    if unknown:
        raise TypeError(f"{type(value).__qualname__} has no field {sorted(unknown)[0]!r}")
    current = {name: getattr(value, name) for name in names}
    return type(value)(**{**current, **changes})
