"""`core.values.frozen` behaves as ``@dataclass(frozen=True)`` for the classes that use it."""

from __future__ import annotations

import copy
import dataclasses
import pickle

import pytest

from cramp_timer.core.values import frozen, replace


@frozen
class Point:
    x: int
    y: int = 0
    label: str | None = None

    def __post_init__(self) -> None:
        if self.x < 0:
            raise ValueError("x below 0")


@dataclasses.dataclass(frozen=True)
class Twin:
    x: int
    y: int = 0
    label: str | None = None


def test_fields_by_position_or_name_with_defaults() -> None:
    assert (Point(1).x, Point(1).y, Point(1).label) == (1, 0, None)
    assert Point(1, 2, "a") == Point(x=1, label="a", y=2)
    assert Point.__match_args__ == ("x", "y", "label")


def test_shown_compared_and_hashed_as_a_frozen_dataclass_is() -> None:
    assert repr(Point(1, 2, "a")) == repr(Twin(1, 2, "a")).replace("Twin", "Point")
    assert Point(1, 2) == Point(1, 2) and Point(1, 2) != Point(1, 3)
    assert Point(1) != Twin(1) and Point(1) != (1, 0, None)
    assert hash(Point(1, 2, "a")) == hash(Twin(1, 2, "a"))
    assert len({Point(1), Point(1), Point(2)}) == 2


def test_post_init_checks_every_instance_replace_too() -> None:
    with pytest.raises(ValueError, match="below 0"):
        Point(-1)
    with pytest.raises(ValueError, match="below 0"):
        replace(Point(1), x=-1)
    assert replace(Point(1, 2, "a"), y=5) == Point(1, 5, "a")


def test_frozen() -> None:
    point = Point(1)
    with pytest.raises(AttributeError, match="cannot assign to field 'x'"):
        point.x = 2  # type: ignore[misc]
    with pytest.raises(AttributeError, match="cannot delete field 'x'"):
        del point.x  # type: ignore[misc]
    assert point == Point(1)


def test_copies_and_pickles_keep_the_value() -> None:
    point = Point(1, 2, "a")
    assert copy.copy(point) == point == copy.deepcopy(point)
    assert pickle.loads(pickle.dumps(point)) == point


@pytest.mark.parametrize(("args", "kwargs"), [
    ((), {}), ((1, 2, "a", 4), {}), ((1,), {"x": 2}), ((1,), {"z": 2}),
])
def test_wrong_arguments_are_refused_as_a_dataclass_refuses_them(
        args: tuple[object, ...], kwargs: dict[str, object]) -> None:
    with pytest.raises(TypeError) as theirs:
        Twin(*args, **kwargs)  # type: ignore[arg-type,call-arg]
    with pytest.raises(TypeError) as ours:
        Point(*args, **kwargs)  # type: ignore[arg-type,call-arg]
    assert str(ours.value) == str(theirs.value).replace("Twin", "Point")


def test_making_a_value_runs_the_compiled_init_with_the_defaults() -> None:
    assert Point(3) == Point(x=3, y=0, label=None)
    assert Point.__init__.__qualname__ == "Point.__init__"
    assert Point.__init__.__defaults__ == (0, None)


def test_replace_refuses_an_unknown_field() -> None:
    with pytest.raises(TypeError, match="no field 'z'"):
        replace(Point(1), z=3)
