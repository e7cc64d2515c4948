"""The lock files pin every package with hashes (pip then checks every download), and
agree with pyproject.toml."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import tomllib
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[2]
LOCKS = ("requirements.lock", "requirements-tests.lock", "packaging/requirements-bundle.lock")


def pins(name: str) -> dict[str, tuple[str, list[str]]]:
    """Each pinned package of a lock file: (version, its hashes)."""
    found: dict[str, tuple[str, list[str]]] = {}
    current: list[str] | None = None
    for line in (ROOT / name).read_text(encoding="utf-8").splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            current = None
            continue
        hashed = re.fullmatch(r"--hash=sha256:([0-9a-f]{64})( \\)?", stripped)
        if hashed is not None:
            assert current is not None, f"{name}: a hash outside a pin: {line!r}"
            current.append(hashed.group(1))
            continue
        pinned = re.fullmatch(r"([A-Za-z0-9][A-Za-z0-9._-]*)==(\S+) \\", line)
        assert pinned is not None, f"{name}: not `name==version \\`: {line!r}"
        key = canonicalize_name(pinned.group(1))
        assert key not in found, f"{name}: {key} pinned twice"
        current = []
        found[key] = (pinned.group(2), current)
    return found


@pytest.mark.parametrize("name", LOCKS)
def test_every_pin_has_hashes(name: str) -> None:
    locked = pins(name)
    assert locked
    assert {key for key, (_v, hashes) in locked.items() if not hashes} == set()


def test_no_package_is_in_two_lock_files() -> None:
    seen: dict[str, str] = {}
    for name in LOCKS:
        for key in pins(name):
            assert key not in seen, f"{key} is in {seen[key]} and {name}"
            seen[key] = name


def test_the_locks_pin_what_pyproject_asks_for() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    app, tests = pins("requirements.lock"), pins("requirements-tests.lock")
    for spec, locked in (*((s, app) for s in project["project"]["dependencies"]),
                         *((s, tests) for s in project["project"]["optional-dependencies"]["test"]),
                         *((s, app) for s in project["build-system"]["requires"])):
        requirement = Requirement(spec)
        key = canonicalize_name(requirement.name)
        assert key in locked, f"{spec} is not pinned in its lock file"
        assert requirement.specifier.contains(locked[key][0]), (spec, locked[key][0])
