"""The optional PIN lock: settings, the routine editor, import and diary deletion.

A caregiver can set a PIN of 4 to 8 digits so that the person they care for does not
change the set-up by accident. Cramp now, running a routine, the tips and the history
are never locked (`LOCKED_ACTIONS`, `requires_pin`).

What the lock is, plainly (`lock_scope_text`): it prevents accidental changes. It does not
stop someone who can open the user's files: deleting `AppPaths.lock_file` (``lock.json`` in
the config folder) removes the PIN, the documented way out of a forgotten PIN.

The PIN itself is never stored: ``lock.json`` (0600, written atomically) holds a salted
scrypt hash (n=2**17, r=8, p=1; 16 bytes of salt, 32-byte key) with its parameters beside
it; a correct PIN checked against weaker ones is re-hashed with the current ones. The
hash is compared with ``hmac.compare_digest``. The same file holds the count of wrong
tries and the wait, so quitting the app does not reset them. An unreadable lock file
(empty, damaged, permission denied, a newer format) fails closed: the locked pages stay
locked and say why (`PinLock.unreadable`); only deleting the file resets it. A try is
counted before its hash is worked out, under a flock on the folder, so parallel tries
each count.

Wrong tries: the first `FREE_TRIES` - 1 cost nothing; the 5th makes the prompt wait
30 s, every wrong try after a wait doubles it (at most a day), and while waiting a PIN
is not checked. The wait's end is stored as a wall-clock time (injected clock) and,
within one process, followed on the monotonic clock: moving the system clock does not
shorten it, and moving it back never makes it longer. Why: docs/decisions/0206-pin-hash.md.
"""

from __future__ import annotations

import base64
import binascii
import json
import math
import os
import sys
from datetime import datetime, timedelta
from enum import Enum
from pathlib import Path

from cramp_timer.core.values import frozen
from cramp_timer.i18n import translate
from cramp_timer.storage.atomic import write_text_atomic

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Final

    from cramp_timer.core.clock import Clock


def _warn(message: str, *args: object) -> None:
    import logging  # (here: the routine commands log nothing, docs/decisions/0022)

    logging.getLogger(__name__).warning(message, *args)


LOCK_FILE_VERSION: Final = 1
FILE_MODE: Final = 0o600
PIN_MIN_DIGITS: Final = 4
PIN_MAX_DIGITS: Final = 8
FREE_TRIES: Final = 5  # the 5th wrong try starts the first wait
FIRST_WAIT_SECONDS: Final = 30
MAX_WAIT_SECONDS: Final = 24 * 60 * 60
MAX_FILE_BYTES: Final = 64 * 1024

ALGORITHM: Final = "scrypt"
SCRYPT_N: Final = 2**17  # OWASP's minimum; a hash made with 2**15 is raised at the next right PIN
SCRYPT_R: Final = 8
SCRYPT_P: Final = 1
SALT_BYTES: Final = 16
KEY_BYTES: Final = 32
# What a lock file may ask for: enough room to raise the cost, not enough to exhaust memory.
_N_RANGE: Final = (2**14, 2**20)
_R_RANGE: Final = (1, 32)
_P_RANGE: Final = (1, 16)
_MAX_MEMORY: Final = 256 * 1024 * 1024  # per check; the current cost needs 32 MiB


class Action(str, Enum):
    """Things a person can do that the lock may cover."""

    SETTINGS = "settings"
    EDIT_ROUTINES = "edit_routines"  # the routine editor: create, change, rename, delete
    IMPORT_ROUTINES = "import_routines"
    DELETE_DIARY = "delete_diary"
    CRAMP_NOW = "cramp_now"
    RUN_ROUTINE = "run_routine"
    TIPS = "tips"
    HISTORY = "history"
    EXPORT_ROUTINES = "export_routines"


LOCKED_ACTIONS: Final = frozenset(
    {Action.SETTINGS, Action.EDIT_ROUTINES, Action.IMPORT_ROUTINES, Action.DELETE_DIARY}
)


def requires_pin(action: Action | str) -> bool:
    """Whether ``action`` asks for the PIN when one is set. Cramp now, running routines,
    the tips, the history and exporting never do."""
    return Action(action) in LOCKED_ACTIONS


def lock_scope_text() -> str:
    """What the lock does and does not do, to show beside the PIN setting."""
    return translate(
        "lock",
        "The PIN prevents accidental changes to the settings, the routines and the diary. "
        "It does not stop someone who can open this computer's files.",
    )


def forgotten_pin_text(lock_file: Path) -> str:
    """How to remove a forgotten PIN, to show in the PIN prompt."""
    return translate("lock", "Forgot the PIN? Delete the file {file} to remove it.").format(
        file=lock_file
    )


def is_valid_pin(pin: str) -> bool:
    """4 to 8 digits 0-9 (not other scripts' digits, which a keypad cannot type)."""
    return PIN_MIN_DIGITS <= len(pin) <= PIN_MAX_DIGITS and pin.isascii() and pin.isdigit()


class CheckStatus(str, Enum):
    OK = "ok"
    WRONG = "wrong"
    WAIT = "wait"  # too many wrong tries: the PIN was not checked
    UNREADABLE = "unreadable"  # the lock file cannot be read: nothing can be unlocked


@frozen
class CheckResult:
    status: CheckStatus
    wait_seconds: int = 0  # how long before the next try is checked
    tries_before_wait: int = 0  # wrong tries left before a wait starts
    why: str = ""  # UNREADABLE: what is wrong with the file and how to reset it

    @property
    def ok(self) -> bool:
        return self.status is CheckStatus.OK

    def message(self) -> str:
        """A plain sentence for the prompt; empty when the PIN was right."""
        if self.status is CheckStatus.OK:
            return ""
        if self.status is CheckStatus.UNREADABLE:
            return self.why
        if self.status is CheckStatus.WAIT:
            return translate("lock", "Too many wrong tries.") + " " + _wait_text(self.wait_seconds)
        text = translate("lock", "That PIN is not right.")
        if self.wait_seconds:
            text += " " + _wait_text(self.wait_seconds)
        return text


def _wait_text(seconds: int) -> str:
    if seconds <= 1:
        return translate("lock", "Please wait 1 second, then try again.")
    if seconds < 120:
        return translate("lock", "Please wait {seconds} seconds, then try again.").format(
            seconds=seconds
        )
    minutes = math.ceil(seconds / 60)
    return translate("lock", "Please wait {minutes} minutes, then try again.").format(
        minutes=minutes
    )


class LockError(ValueError):
    """Setting or clearing the PIN was refused. ``str()`` is a sentence to show;
    ``result`` is the check of the current PIN when that was the reason."""

    def __init__(self, message: str, result: CheckResult | None = None) -> None:
        super().__init__(message)
        self.result = result


@frozen
class _Hash:
    n: int
    r: int
    p: int
    salt: bytes
    key: bytes

    def weaker_than_current(self) -> bool:
        return (
            self.n < SCRYPT_N
            or self.r < SCRYPT_R
            or self.p < SCRYPT_P
            or len(self.salt) < SALT_BYTES
            or len(self.key) < KEY_BYTES
        )


@frozen
class _State:
    pin: _Hash
    failures: int = 0
    wait_until: datetime | None = None
    wait_seconds: int = 0


class _BadFile(Exception):
    pass


class PinLock:
    """The PIN lock kept in ``path``. Every call reads the file again if another
    process (the command line) changed it."""

    def __init__(self, path: Path, clock: Clock) -> None:
        self._path = Path(path)
        self._clock = clock
        self._state: _State | None = None
        self._stamp: tuple[int, int, int] | None = None
        self._loaded = False
        # The current wait on the monotonic clock: (its wall-clock end, monotonic end).
        self._deadline: tuple[datetime, float] | None = None
        self.problems: tuple[str, ...] = ()
        self.unreadable = ""  # why the lock file cannot be read (then everything stays locked)

    @property
    def path(self) -> Path:
        return self._path

    def is_set(self) -> bool:
        """True while a PIN is set, and while the lock file cannot be read (fails closed)."""
        self._refresh()
        return self._state is not None or bool(self.unreadable)

    def required_for(self, action: Action | str) -> bool:
        """Whether ``action`` must ask for the PIN now."""
        return requires_pin(action) and self.is_set()

    def wait_seconds(self) -> int:
        """Seconds until a PIN is checked again (0: now), for a countdown in the prompt."""
        self._refresh()
        return math.ceil(self._remaining())

    def check(self, pin: str) -> CheckResult:
        """Check ``pin``. Without a PIN set, anything is OK; with an unreadable lock file,
        nothing is. A try is counted (under a lock on the folder, so parallel tries from
        other processes each count) before the slow hash is worked out."""
        with _folder_lock(self._path.parent):
            self._stamp = None
            self._refresh()
            state = self._state
            if self.unreadable:
                return CheckResult(CheckStatus.UNREADABLE, why=self.unreadable)
            if state is None:
                return CheckResult(CheckStatus.OK)
            remaining = self._remaining()
            if remaining > 0:
                return CheckResult(CheckStatus.WAIT, math.ceil(remaining))
            failures = state.failures + 1
            wait = 0
            wait_until = None
            if failures >= FREE_TRIES:
                doublings = min(failures - FREE_TRIES, 20)
                wait = min(FIRST_WAIT_SECONDS * 2**doublings, MAX_WAIT_SECONDS)
                wait_until = self._clock.now() + timedelta(seconds=wait)
            self._write(_State(state.pin, failures, wait_until, wait), quiet=True)
        if _matches(pin, state.pin):
            with _folder_lock(self._path.parent):
                self._stamp = None
                self._refresh()
                now = self._state
                if now is not None and now.pin == state.pin:  # not changed meanwhile
                    hashed = _new_hash(pin) if state.pin.weaker_than_current() else state.pin
                    self._write(_State(hashed), quiet=True)
                    self._deadline = None
            return CheckResult(CheckStatus.OK)
        if wait_until is not None:
            self._deadline = (wait_until, self._clock.monotonic() + wait)
        return CheckResult(CheckStatus.WRONG, wait, max(0, FREE_TRIES - failures))

    def set_pin(self, new: str, current: str | None = None) -> None:
        """Set or change the PIN. Changing it needs the ``current`` one."""
        if not is_valid_pin(new):
            raise LockError(translate("lock", "A PIN is 4 to 8 digits."))
        self._require_current(current)
        self._write(_State(_new_hash(new)))

    def clear(self, current: str) -> None:
        """Remove the PIN (the lock file goes); needs the ``current`` PIN."""
        if not self.is_set():
            return
        if self.unreadable:
            raise LockError(self.unreadable)
        self._require_current(current)
        try:
            self._path.unlink(missing_ok=True)
        except OSError as error:
            raise LockError(_not_saved(error)) from error
        self._state = None
        self._deadline = None
        self._stamp = None

    # ---------------------------------------------------------------- internals

    def _require_current(self, current: str | None) -> None:
        if not self.is_set():
            return
        if self.unreadable:
            raise LockError(self.unreadable)
        if current is None:
            raise LockError(translate("lock", "Enter the current PIN first."))
        result = self.check(current)
        if not result.ok:
            raise LockError(result.message(), result)

    def _remaining(self) -> float:
        state = self._state
        if state is None or state.wait_until is None:
            return 0.0
        if self._deadline is None or self._deadline[0] != state.wait_until:
            # Read from the file (another process, or before a restart): follow it on
            # this process's monotonic clock from now on.
            wall = (state.wait_until - self._clock.now()).total_seconds()
            wall = min(max(wall, 0.0), float(state.wait_seconds))
            self._deadline = (state.wait_until, self._clock.monotonic() + wall)
        return max(0.0, self._deadline[1] - self._clock.monotonic())

    def _refresh(self) -> None:
        stamp = _stamp(self._path)
        if self._loaded and stamp == self._stamp:
            return
        self._loaded = True
        self._stamp = stamp
        self._state = None
        self.unreadable = ""
        self.problems = ()
        if stamp is None and not self._path.is_symlink():
            try:
                self._path.lstat()
            except FileNotFoundError:
                return  # no lock file: no PIN
            except OSError:
                pass  # there, but cannot even be looked at: unreadable
        try:
            self._state = _read_state(self._path)
        except _BadFile as error:
            self._fail_closed(error)

    def _fail_closed(self, error: _BadFile) -> None:
        """An unreadable lock file keeps the locked pages locked (never renamed away:
        that would unlock them); only deleting the file, as the README says, resets it."""
        cause = error.__cause__
        reason = (cause.strerror if isinstance(cause, OSError) and cause.strerror
                  else translate("lock", "it is empty or damaged"))
        self.unreadable = translate(
            "lock", "The PIN lock file cannot be read ({reason}), so the settings stay "
            "locked. To reset the PIN, delete {file} (see \"Forgotten PIN\" in the "
            "README).").format(file=self._path, reason=reason)
        self.problems = (self.unreadable,)
        _warn("lock file unreadable: %s", reason)

    def _write(self, state: _State, quiet: bool = False) -> None:
        text = json.dumps(_state_to_json(state), indent=2) + "\n"
        try:
            self._path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            write_text_atomic(self._path, text, FILE_MODE)
        except OSError as error:
            if not quiet:
                raise LockError(_not_saved(error)) from error
            # The count of wrong tries still holds in this process.
            _warn("the PIN lock state could not be saved: %s", error)
        else:
            self._stamp = _stamp(self._path)
        self._state = state
        self._loaded = True


class _folder_lock:
    """An exclusive lock on the folder itself (``flock``): nothing is created beside the
    lock file, and the kernel drops it if the process dies. No-op where flock is missing."""

    def __init__(self, folder: Path) -> None:
        self._folder = folder
        self._fd = -1

    def __enter__(self) -> None:
        if sys.platform == "win32":  # no flock
            return
        import fcntl

        try:
            self._fd = os.open(self._folder, os.O_RDONLY)
            fcntl.flock(self._fd, fcntl.LOCK_EX)
        except OSError:
            if self._fd >= 0:
                os.close(self._fd)
            self._fd = -1

    def __exit__(self, *exc_info: object) -> None:
        if self._fd >= 0:
            os.close(self._fd)  # closing drops the flock
            self._fd = -1


def _not_saved(error: OSError) -> str:
    return translate("lock", "The PIN lock could not be saved: {reason}.").format(
        reason=error.strerror or error
    )


def _stamp(path: Path) -> tuple[int, int, int] | None:
    try:
        info = path.stat()
    except OSError:
        return None
    return (info.st_ino, info.st_mtime_ns, info.st_size)


def _derive(pin: str, n: int, r: int, p: int, salt: bytes, length: int) -> bytes:
    import hashlib  # OpenSSL's library: 3.5 MiB, so only when a PIN is set or checked

    memory = 128 * r * (n + p + 2)
    return hashlib.scrypt(
        pin.encode("utf-8", "surrogatepass"),
        salt=salt,
        n=n,
        r=r,
        p=p,
        maxmem=2 * memory,
        dklen=length,
    )


def _new_hash(pin: str) -> _Hash:
    import secrets

    salt = secrets.token_bytes(SALT_BYTES)
    key = _derive(pin, SCRYPT_N, SCRYPT_R, SCRYPT_P, salt, KEY_BYTES)
    return _Hash(SCRYPT_N, SCRYPT_R, SCRYPT_P, salt, key)


def _matches(pin: str, stored: _Hash) -> bool:
    import hmac

    candidate = _derive(pin, stored.n, stored.r, stored.p, stored.salt, len(stored.key))
    return hmac.compare_digest(candidate, stored.key)


# ------------------------------------------------------------------------ the file


def _state_to_json(state: _State) -> dict[str, object]:
    pin = state.pin
    return {
        "version": LOCK_FILE_VERSION,
        "pin": {
            "algorithm": ALGORITHM,
            "n": pin.n,
            "r": pin.r,
            "p": pin.p,
            "salt": base64.b64encode(pin.salt).decode("ascii"),
            "hash": base64.b64encode(pin.key).decode("ascii"),
        },
        "failures": state.failures,
        "wait_until": state.wait_until.isoformat() if state.wait_until else None,
        "wait_seconds": state.wait_seconds,
    }


def _read_state(path: Path) -> _State:
    try:
        with path.open("rb") as stream:
            raw = stream.read(MAX_FILE_BYTES + 1)
        if len(raw) > MAX_FILE_BYTES:
            raise _BadFile
        data = json.loads(raw.decode("utf-8"))
    except (OSError, UnicodeDecodeError, ValueError, RecursionError) as error:
        raise _BadFile from error
    if not isinstance(data, dict) or data.get("version") != LOCK_FILE_VERSION:
        raise _BadFile  # (a newer version's file too: it stays locked, never unlocked)
    pin = data.get("pin")
    if not isinstance(pin, dict) or pin.get("algorithm") != ALGORITHM:
        raise _BadFile
    n = _whole(pin.get("n"), *_N_RANGE)
    r = _whole(pin.get("r"), *_R_RANGE)
    p = _whole(pin.get("p"), *_P_RANGE)
    if n & (n - 1) or 128 * r * (n + p + 2) > _MAX_MEMORY:
        raise _BadFile  # scrypt's n is a power of two; the cost must stay bearable
    stored = _Hash(n=n, r=r, p=p, salt=_bytes(pin.get("salt")), key=_bytes(pin.get("hash")))
    wait_until = data.get("wait_until")
    when: datetime | None = None
    if wait_until is not None:
        if not isinstance(wait_until, str):
            raise _BadFile
        try:
            when = datetime.fromisoformat(wait_until)
        except ValueError as error:
            raise _BadFile from error
        if when.tzinfo is None:
            raise _BadFile
    return _State(
        stored,
        failures=_whole(data.get("failures"), 0, 1_000_000),
        wait_until=when,
        wait_seconds=_whole(data.get("wait_seconds"), 0, MAX_WAIT_SECONDS),
    )


def _whole(value: Any, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise _BadFile
    return value


def _bytes(value: Any) -> bytes:
    if not isinstance(value, str):
        raise _BadFile
    try:
        result = base64.b64decode(value.encode("ascii"), validate=True)
    except (UnicodeEncodeError, binascii.Error) as error:
        raise _BadFile from error
    if not 16 <= len(result) <= 64:
        raise _BadFile
    return result
