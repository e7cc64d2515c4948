"""Write the SHA-256 of every file of every pinned release into the lock files.

    .venv/bin/python scripts/lock_hashes.py [LOCK ...]   (default: the project's lock files)

Each `name==version` line gets one `--hash=sha256:...` per file the package index holds
for that release (every platform and Python, so that the lock installs anywhere the
release does). With hashes in a file, pip checks every download against them and
refuses any requirement without one. The index is PIP_INDEX_URL, else pip's default;
its JSON simple API (PEP 691) gives the hashes without downloading a file. Comments and
the order of the lines stay as they are. Run it after changing a pin.
"""

from __future__ import annotations

import json
import os
import re
import sys
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOCKS = ("requirements.lock", "requirements-tests.lock", "packaging/requirements-bundle.lock")
PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s\\;]+)")


def index_url() -> str:
    url = os.environ.get("PIP_INDEX_URL")
    if not url:
        from pip._internal.models.index import PyPI  # pip's own default index

        url = PyPI.simple_url
    return url.rstrip("/")


def normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def release_hashes(index: str, name: str, version: str) -> list[str]:
    """The SHA-256 of each file of ``name`` ``version`` on the index (sorted)."""
    request = urllib.request.Request(f"{index}/{normal(name)}/",
                                     headers={"Accept": "application/vnd.pypi.simple.v1+json"})
    with urllib.request.urlopen(request, timeout=60) as answer:
        files = json.load(answer)["files"]
    found = set()
    for file in files:
        filename = file["filename"]
        if filename.endswith(".whl"):
            release = filename.split("-")[1]
        else:
            release = re.sub(r"\.(tar\.gz|zip|tar\.bz2)$", "", filename).rsplit("-", 1)[-1]
        if release == version and "sha256" in file.get("hashes", {}):
            found.add(file["hashes"]["sha256"])
    if not found:
        raise SystemExit(f"lock_hashes: the index has no files of {name}=={version}")
    return sorted(found)


def rewrite(path: Path, index: str) -> int:
    """Rewrite ``path`` with fresh hashes; returns how many pins it holds."""
    lines = [line for line in path.read_text(encoding="utf-8").splitlines()
             if not line.strip().startswith("--hash=")]
    out: list[str] = []
    pins = 0
    for line in lines:
        match = PIN.match(line)
        if match is None:
            out.append(line)
            continue
        pins += 1
        hashes = release_hashes(index, match.group(1), match.group(2))
        out.append(f"{match.group(1)}=={match.group(2)} \\")
        out += [f"    --hash=sha256:{digest}" + (" \\" if i < len(hashes) - 1 else "")
                for i, digest in enumerate(hashes)]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")
    return pins


def main(args: list[str]) -> int:
    index = index_url()
    for name in args or LOCKS:
        path = ROOT / name
        print(f"lock_hashes: {name}: {rewrite(path, index)} pins")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
