"""Where Cramp Timer keeps its files.

``AppPaths.default()`` asks platformdirs (on Linux it honours ``XDG_CONFIG_HOME``,
``XDG_DATA_HOME``, ``XDG_CACHE_HOME`` and ``XDG_STATE_HOME``); tests and the e2e harness
use ``AppPaths.under(tmp_path)`` or set those variables. Nothing here is a singleton:
the composition root builds one ``AppPaths`` and hands it on.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from cramp_timer.core.values import frozen, replace
from cramp_timer.desktop.xdg import user_dir
from cramp_timer.i18n import translate

FOLDER_MODE = 0o700


class AppPathsError(OSError):
    """A folder Cramp Timer needs could not be created or used.

    ``str(error)`` is a plain, translated sentence naming the folder and the reason;
    ``errno`` and ``filename`` are set as for any ``OSError``.
    """

    def __str__(self) -> str:
        return self.strerror or super().__str__()


@frozen  # not a dataclass: `dataclasses` costs ~3 ms before first paint (decision 0022)
class AppPaths:
    config_dir: Path
    data_dir: Path
    cache_dir: Path
    state_dir: Path

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.json"

    @property
    def routines_file(self) -> Path:
        """The user's own routines (the routine file format); built-ins are not in it."""
        return self.config_dir / "routines.json"

    @property
    def lock_file(self) -> Path:
        """The PIN lock: a salted hash and the wrong-try count. Delete it to remove a
        forgotten PIN."""
        return self.config_dir / "lock.json"

    @property
    def window_state_file(self) -> Path:
        """Window size and position: kept apart from the user's settings."""
        return self.state_dir / "window.json"

    @property
    def reminder_state_file(self) -> Path:
        """The last night the reminder handled, and a pending snooze."""
        return self.state_dir / "reminder.json"

    @property
    def diary_file(self) -> Path:
        return self.data_dir / "diary.sqlite3"

    @property
    def voices_dir(self) -> Path:
        """Piper voices the person added (NAME.onnx with NAME.onnx.json)."""
        return self.data_dir / "voices"

    @property
    def speech_cache_dir(self) -> Path:
        return self.cache_dir / "speech"

    @property
    def log_file(self) -> Path:
        return self.state_dir / "cramp-timer.log"

    @classmethod
    def default(cls) -> AppPaths:
        """The usual per-user folders of this platform (nothing is created)."""
        return cls(
            config_dir=Path(user_dir("config")),
            data_dir=Path(user_dir("data")),
            cache_dir=Path(user_dir("cache")),
            state_dir=Path(user_dir("state")),
        )

    @classmethod
    def under(cls, root: Path) -> AppPaths:
        """All four folders inside ``root`` (for tests and portable use)."""
        root = Path(root)
        return cls(
            config_dir=root / "config",
            data_dir=root / "data",
            cache_dir=root / "cache",
            state_dir=root / "state",
        )

    def folders(self) -> tuple[Path, ...]:
        return (self.config_dir, self.data_dir, self.cache_dir, self.state_dir)

    def ensure(self) -> None:
        """Create the four folders (private: mode 0700) if they are missing.

        Folders that already exist keep their permissions. Raises ``AppPathsError``
        (an ``OSError``) naming the folder if one cannot be created or written to.
        """
        for folder in self.folders():
            _ensure_folder(folder)

    def ensure_each(self) -> list[AppPathsError]:
        """Like `ensure`, but never raises: one error for each folder that cannot be made
        or written. A night runs with the folders that work (see `folder_notice`)."""
        problems: list[AppPathsError] = []
        for folder in self.folders():
            try:
                _ensure_folder(folder)
            except AppPathsError as error:
                problems.append(error)
        return problems

    def with_private_cache(self, problems: list[AppPathsError]) -> AppPaths:
        """These paths, with a private temporary cache folder (0700, removed when the app
        closes) in place of a cache folder that is among ``problems``: the voice needs
        somewhere to keep its recorded lines."""
        if not any(Path(problem.filename or "") == self.cache_dir for problem in problems):
            return self
        import atexit
        import shutil
        import tempfile

        private = tempfile.mkdtemp(prefix="cramp-timer-cache-")
        atexit.register(shutil.rmtree, private, ignore_errors=True)
        return replace(self, cache_dir=Path(private))


def folder_notice(problems: list[OSError]) -> str:
    """The one sentence the window shows when some folders could not be made or written."""
    if not problems:
        return ""
    return translate(
        "paths", "{problems} Cramp now works as usual; what would be kept there is kept "
        "only until the app closes. Check setup (in the More menu) says how to fix it.",
    ).format(problems=" ".join(str(problem) for problem in problems))


def _ensure_folder(folder: Path) -> None:
    try:
        if not folder.is_dir():
            folder.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
            # mkdir's mode is filtered by the umask; set it exactly.
            folder.chmod(FOLDER_MODE)
        mode = folder.stat().st_mode
    except OSError as error:
        raise _folder_error(folder, error.errno, error.strerror or str(error)) from error
    if not stat.S_ISDIR(mode):
        raise _folder_error(folder, errno.ENOTDIR, os.strerror(errno.ENOTDIR))
    if not os.access(folder, os.W_OK | os.X_OK):
        raise _folder_error(folder, errno.EACCES, os.strerror(errno.EACCES))


def _folder_error(folder: Path, code: int | None, reason: str) -> AppPathsError:
    message = translate("paths", "Cramp Timer cannot use the folder {folder}: {reason}.").format(
        folder=folder, reason=reason
    )
    return AppPathsError(code if code is not None else errno.EIO, message, str(folder))
