"""Write a file so that it is either the old version or the new one, never half of each.

The new content goes to a temporary file in the same folder, is flushed to disk, gets its
permission bits, and then replaces the target in one step (``os.replace``). If anything
fails before that step, the temporary file is removed and the old file is untouched.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

TYPE_CHECKING = False
if TYPE_CHECKING:
    from datetime import datetime

# as tempfile.mkstemp opens its file (without importing tempfile: docs/decisions/0022)
_TEMP_FLAGS = (os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
               | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0))


def write_bytes_atomic(path: Path, data: bytes, mode: int = 0o600) -> None:
    """Replace ``path`` with ``data`` atomically; the result has permission bits ``mode``.

    If ``path`` is a symbolic link, the file it points to is replaced and the link is kept.
    The folder must already exist. Raises ``OSError`` if the write fails; the old file is
    then as it was and no temporary file is left behind.
    """
    target = Path(path)
    if target.is_symlink():
        target = target.resolve()
    folder = target.parent
    fd, tmp = _new_temporary(folder, target.name)
    try:
        with os.fdopen(fd, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        tmp.chmod(mode)
        tmp.replace(target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    _fsync_folder(folder)


def write_text_atomic(path: Path, text: str, mode: int = 0o600) -> None:
    """Like :func:`write_bytes_atomic`, for text stored as UTF-8 (line endings kept as given)."""
    write_bytes_atomic(path, text.encode("utf-8"), mode)


def _new_temporary(folder: Path, name: str) -> tuple[int, Path]:
    """A new file ``.NAME.RANDOM.tmp`` in ``folder``, open for writing, mode 0600."""
    while True:
        tmp = folder / f".{name}.{os.urandom(6).hex()}.tmp"
        try:
            return os.open(tmp, _TEMP_FLAGS, 0o600), tmp
        except FileExistsError:
            continue


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable. Best effort: the new file is already in place."""
    if os.name == "nt":  # folders cannot be opened for fsync on Windows
        return
    try:
        dir_fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):  # some file systems refuse fsync on a folder
            os.fsync(dir_fd)
    finally:
        os.close(dir_fd)


def free_aside_path(path: Path, tag: str, now: datetime) -> Path:
    """Where to keep a file that could not be used, beside it and dated:
    ``settings.json.broken-2026-11-26T03-12-09``, with ``-2``, ``-3`` … if taken."""
    base = f"{path.name}.{tag}-{now.strftime('%Y-%m-%dT%H-%M-%S')}"
    candidate = path.with_name(base)
    number = 1
    while os.path.lexists(candidate):
        number += 1
        candidate = path.with_name(f"{base}-{number}")
    return candidate
