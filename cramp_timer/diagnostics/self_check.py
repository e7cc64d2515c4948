"""Check that this computer can run Cramp Timer: ``cramp-timer --self-check``.

:func:`run_self_check` looks at everything the app needs and returns a :class:`Report`: one
:class:`Check` per thing, each ok, a warning, or a failure, with what was found and, when
it is not ok, one plain line saying how to fix it. :func:`format_report` turns a report
into text (the command line prints it; the window can show the same text).

A failure means Cramp now cannot work: Qt cannot show a window, a folder for settings or
data cannot be used, or the diary is damaged. Missing speech, sound, tray or notifications
are warnings: the stretch still runs with captions (and a chime when there is sound).

Nothing is changed: no folder is created, no sound is played, the diary is opened
read-only. Everything that could hang runs in a child process with a time-out, and the
slow checks (Qt, speech) run side by side, so the whole check takes a few seconds.

No QtWidgets/QtGui here: Qt is asked in a child process (``cramp_timer.ui.qt_probe``).
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import tempfile
import time
import wave
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Final

from cramp_timer import __version__
from cramp_timer.core.clock import SystemClock
from cramp_timer.i18n import spoken_language, translate
from cramp_timer.launch import helper_argv
from cramp_timer.speech import platform as speech_platform
from cramp_timer.speech.piper_voices import VOICES_ENV
from cramp_timer.speech.speaker import ProcessSpeaker, SpeechEventKind, VoiceOptions
from cramp_timer.speech.worker import CHIME_NAME
from cramp_timer.storage.diary import DIARY_VERSION
from cramp_timer.storage.language import read_choice
from cramp_timer.storage.paths import AppPaths
from cramp_timer.storage.qm import wanted_languages

DEFAULT_TIMEOUT: Final = 8.0  # seconds for the whole check
COMMAND_TIMEOUT: Final = 3.0  # seconds for one small command (pactl, aplay -l)
PRIVATE_FOLDER: Final = 0o700
PRIVATE_FILE: Final = 0o600


class Status(str, Enum):
    OK = "ok"
    WARN = "warn"
    FAIL = "fail"


@dataclass(frozen=True)
class Check:
    """One thing checked. ``fix`` is one plain line, set whenever status is not OK."""

    name: str
    status: Status
    found: str
    fix: str = ""


@dataclass(frozen=True)
class Report:
    checks: tuple[Check, ...]
    seconds: float

    @property
    def ok(self) -> bool:
        """True when Cramp Timer can do its job (warnings allowed)."""
        return self.failures == 0

    @property
    def failures(self) -> int:
        return sum(1 for check in self.checks if check.status is Status.FAIL)

    @property
    def warnings(self) -> int:
        return sum(1 for check in self.checks if check.status is Status.WARN)

    def exit_code(self) -> int:
        return 0 if self.ok else 1


class _Deadline:
    def __init__(self, seconds: float) -> None:
        self._end = time.monotonic() + seconds

    def left(self, cap: float | None = None) -> float:
        left = max(0.05, self._end - time.monotonic())
        return left if cap is None else min(cap, left)

    def passed(self) -> bool:
        return time.monotonic() >= self._end


# --------------------------------------------------------------------------- the report


def run_self_check(
    paths: AppPaths,
    *,
    env: Mapping[str, str] | None = None,
    python: str = sys.executable,
    timeout: float = DEFAULT_TIMEOUT,
) -> Report:
    """Check everything Cramp Timer needs. ``env`` is the environment the app would run in
    (default: this process's); ``python`` runs the helper processes."""
    started = time.monotonic()
    environ = dict(os.environ if env is None else env)
    environ.setdefault(VOICES_ENV, str(paths.voices_dir))
    deadline = _Deadline(timeout)
    qt = _QtProbe(python, environ)  # runs while the other checks do
    try:
        speech = check_speech(environ, python=python, timeout=deadline.left())
        sound = check_sound(environ, timeout=deadline.left(COMMAND_TIMEOUT))
        folders = check_folders(paths)
        diary = check_diary(paths.diary_file)
        kept = check_diary_kept(paths)
        font = check_chinese_font(environ, read_choice(paths.settings_file),
                                  timeout=deadline.left(COMMAND_TIMEOUT))
        qt_checks = qt.result(deadline.left())
    finally:
        qt.stop()
    checks = (*qt_checks, speech, sound, font, *folders, diary, *kept)
    return Report(checks=checks, seconds=time.monotonic() - started)


def format_report(report: Report) -> str:
    """The report as plain text: one line per check, a "fix:" line under each problem,
    and a closing verdict."""
    words = {
        Status.OK: translate("SelfCheck", "ok"),
        Status.WARN: translate("SelfCheck", "warn"),
        Status.FAIL: translate("SelfCheck", "FAIL"),
    }
    width = max(len(word) for word in words.values())
    lines = [
        translate("SelfCheck", "Cramp Timer {version}: checking this computer").format(
            version=__version__
        )
    ]
    for check in report.checks:
        lines.append(f"{words[check.status]:<{width}}  {check.name}: {check.found}")
        if check.status is not Status.OK and check.fix:
            lines.append(
                " " * (width + 2) + translate("SelfCheck", "fix: {fix}").format(fix=check.fix)
            )
    if report.ok:
        verdict = translate("SelfCheck", "Cramp Timer can do its job")
    else:
        verdict = translate("SelfCheck", "Cramp Timer cannot work yet: fix the FAIL lines")
    lines.append(
        translate(
            "SelfCheck", "{verdict} ({failures} failed, {warnings} warnings, {seconds:.1f} s)."
        ).format(
            verdict=verdict,
            failures=report.failures,
            warnings=report.warnings,
            seconds=report.seconds,
        )
    )
    return "\n".join(lines)


# --------------------------------------------------------------------------- Qt


class _QtProbe:
    """The Qt probe, started at once and read later."""

    def __init__(self, python: str, env: Mapping[str, str]) -> None:
        self._platform_asked = env.get("QT_QPA_PLATFORM", "")
        self._env = env
        self._proc: subprocess.Popen[str] | None = None
        self._start_error = ""
        try:
            self._proc = subprocess.Popen(
                helper_argv(python, "qt-probe"),
                env=_with_package_path(env),
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                start_new_session=True,
            )
        except OSError as error:
            self._start_error = error.strerror or str(error)

    def result(self, timeout: float) -> tuple[Check, ...]:
        name = translate("SelfCheck", "Qt platform")
        if self._proc is None:
            return (
                Check(
                    name,
                    Status.FAIL,
                    translate("SelfCheck", "the Qt check could not be started ({error})").format(
                        error=self._start_error
                    ),
                    translate("SelfCheck", "Reinstall Cramp Timer."),
                ),
                *self._not_checked(),
            )
        try:
            out, err = self._proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.stop()
            return (
                Check(
                    name,
                    Status.FAIL,
                    translate("SelfCheck", "Qt did not start within {seconds:.0f} s").format(
                        seconds=timeout
                    ),
                    translate(
                        "SelfCheck",
                        "Run cramp-timer from a terminal in your desktop "
                        "session and look at what it prints.",
                    ),
                ),
                *self._not_checked(),
            )
        if self._proc.returncode != 0:
            found, fix = _qt_failure(err, self._env)
            return (Check(name, Status.FAIL, found, fix), *self._not_checked())
        try:
            info = json.loads(out.strip().splitlines()[-1])
        except (ValueError, IndexError):
            return (
                Check(
                    name,
                    Status.FAIL,
                    translate("SelfCheck", "the Qt check gave no answer"),
                    translate("SelfCheck", "Reinstall Cramp Timer."),
                ),
                *self._not_checked(),
            )
        return (_platform_check(name, info), _tray_check(info), _notifications_check(info))

    def stop(self) -> None:
        if self._proc is not None and self._proc.poll() is None:
            _kill_group(self._proc)

    def _not_checked(self) -> tuple[Check, Check]:
        note = translate("SelfCheck", "not checked, because Qt did not start")
        fix = translate("SelfCheck", "Fix the Qt platform first.")
        return (
            Check(translate("SelfCheck", "System tray"), Status.WARN, note, fix),
            Check(translate("SelfCheck", "Notifications"), Status.WARN, note, fix),
        )


def _platform_check(name: str, info: Mapping[str, object]) -> Check:
    platform = str(info.get("platform", ""))
    found = translate("SelfCheck", "{platform} (Qt {qt}, screens: {screens})").format(
        platform=platform, qt=info.get("qt", "?"), screens=info.get("screens", 0)
    )
    if platform in ("offscreen", "minimal"):
        return Check(
            name,
            Status.WARN,
            translate(
                "SelfCheck", "{found}: windows are drawn off screen, nothing will be visible"
            ).format(found=found),
            translate("SelfCheck", "Unset QT_QPA_PLATFORM to see the window on your desktop."),
        )
    return Check(name, Status.OK, found)


def _tray_check(info: Mapping[str, object]) -> Check:
    name = translate("SelfCheck", "System tray")
    if info.get("tray") is True:
        return Check(name, Status.OK, translate("SelfCheck", "available"))
    return Check(
        name,
        Status.WARN,
        translate(
            "SelfCheck",
            "no system tray here, so there is no tray icon; the window and "
            "cramp-timer --now still work",
        ),
        translate("SelfCheck", "Add a system tray (status icons) area to your desktop panel."),
    )


def _notifications_check(info: Mapping[str, object]) -> Check:
    name = translate("SelfCheck", "Notifications")
    if info.get("notifications") is True:
        return Check(
            name,
            Status.OK,
            translate("SelfCheck", "a notification service answers on the session D-Bus"),
        )
    if info.get("bus") is not True:
        found = translate(
            "SelfCheck", "no session D-Bus ({error}); reminders can only show in the window"
        ).format(error=info.get("bus_error") or "?")
    else:
        found = translate(
            "SelfCheck",
            "no notification service on the session D-Bus; reminders can only show in the window",
        )
    return Check(
        name,
        Status.WARN,
        found,
        translate(
            "SelfCheck",
            "Start Cramp Timer in a full desktop session, which provides notifications.",
        ),
    )


def _qt_failure(stderr: str, env: Mapping[str, str]) -> tuple[str, str]:
    lines = [line.strip() for line in stderr.splitlines() if line.strip()]
    if any("could not connect to display" in line for line in lines) or (
        not env.get("DISPLAY")
        and not env.get("WAYLAND_DISPLAY")
        and env.get("QT_QPA_PLATFORM", "") in ("", "xcb", "wayland")
    ):
        where = env.get("DISPLAY") or env.get("WAYLAND_DISPLAY")
        if where:
            found = translate("SelfCheck", "cannot reach the display {display}").format(
                display=where
            )
        else:
            found = translate("SelfCheck", "no display: DISPLAY and WAYLAND_DISPLAY are not set")
        return found, translate(
            "SelfCheck",
            "Start Cramp Timer from inside your desktop session (not over "
            "ssh), or try it without one: xvfb-run -a cramp-timer.",
        )
    needed = [line for line in lines if "is needed to load the Qt xcb platform plugin" in line]
    if needed:
        return (
            translate("SelfCheck", "a library Qt needs is missing: {detail}").format(
                detail=needed[0].removeprefix("qt.qpa.plugin: ")
            ),
            translate("SelfCheck", "Install it: sudo apt install libxcb-cursor0"),
        )
    detail = next(
        (line for line in reversed(lines) if "qt.qpa" in line),
        lines[-1] if lines else translate("SelfCheck", "no message"),
    )
    return (
        translate("SelfCheck", "Qt could not start: {detail}").format(detail=detail),
        translate(
            "SelfCheck",
            "Run QT_DEBUG_PLUGINS=1 cramp-timer --self-check to see "
            "which library is missing, then install it.",
        ),
    )


# --------------------------------------------------------------------------- speech


def check_speech(
    env: Mapping[str, str], *, python: str = sys.executable, timeout: float = DEFAULT_TIMEOUT
) -> Check:
    """Start the speech worker the app uses and have it render a test phrase to a file."""
    name = translate("SelfCheck", "Speech")
    deadline = _Deadline(timeout)
    phrase = translate("SelfCheck", "Cramp Timer is ready.")
    with tempfile.TemporaryDirectory(prefix="cramp-timer-check-") as tmp:
        cache = Path(tmp)
        speaker = ProcessSpeaker(
            cache,
            SystemClock(),
            python=python,
            hang_timeout=timeout,
            start_timeout=timeout,
            worker_env=env,
        )
        try:
            speaker.start()
            no_engine, problems, ready, engine, fallback = "", [], False, "", ""
            while not ready and not deadline.passed():
                for event in speaker.poll(wait=0.1):
                    if event.kind is SpeechEventKind.NO_ENGINE:
                        no_engine = event.detail
                    elif event.kind in (SpeechEventKind.ERROR, SpeechEventKind.RESTARTED):
                        problems.append(event.detail)
                    elif event.kind is SpeechEventKind.READY:
                        ready, engine = True, event.detail
                if no_engine and speaker.worker_pid is None:
                    break  # the worker could not even be started
            if no_engine:
                reason = no_engine.split("; install it with:")[0]
                return Check(
                    name,
                    Status.WARN,
                    translate(
                        "SelfCheck", "no voice ({reason}); cues are shown as captions, with a chime"
                    ).format(reason=reason),
                    translate("SelfCheck", "Install the speech engine: sudo apt install espeak-ng"),
                )
            if not ready:
                return Check(
                    name,
                    Status.WARN,
                    translate(
                        "SelfCheck", "the speech helper did not start within {seconds:.0f} s{more}"
                    ).format(seconds=timeout, more=_more(problems)),
                    translate(
                        "SelfCheck", "Reinstall espeak-ng: sudo apt install --reinstall espeak-ng"
                    ),
                )
            voices = len(speaker.voices())
            # the voice for the language the app speaks (as its translation names it)
            speaker.configure(VoiceOptions(language=spoken_language()))
            speaker.prepare([phrase])
            while speaker.busy() and not deadline.passed():
                for event in speaker.poll(wait=0.1):
                    if event.kind in (SpeechEventKind.ERROR, SpeechEventKind.RESTARTED):
                        problems.append(event.detail)
                    elif event.kind is SpeechEventKind.VOICE:
                        engine = event.detail
                    elif event.kind is SpeechEventKind.NO_VOICE:
                        return Check(name, Status.WARN, event.detail, translate(
                            "SelfCheck", "Install espeak-ng's voices: sudo apt install "
                            "espeak-ng-data"))
                    elif event.kind is SpeechEventKind.FALLBACK:
                        fallback = event.detail
            unfinished = speaker.busy()
            rendered = [p for p in cache.glob("*.wav") if p.name != CHIME_NAME]
            seconds = max((_wav_seconds(p) for p in rendered), default=0.0)
        finally:
            speaker.close()
    if seconds > 0 and fallback:
        why, _, fix = fallback.partition("; ")
        return Check(
            name,
            Status.WARN,
            translate(
                "SelfCheck", "{why}; a test phrase became {seconds:.1f} s of espeak-ng speech"
            ).format(why=why, seconds=seconds),
            fix[:1].upper() + fix[1:],
        )
    if seconds == 0 and unfinished:
        return Check(
            name,
            Status.WARN,
            translate(
                "SelfCheck",
                "{engine} ({voices} voices), but a test phrase was not ready "
                "within {timeout:.0f} s; the first cues may come late",
            ).format(engine=engine, voices=voices, timeout=timeout),
            translate("SelfCheck", "Run the check again when the computer is less busy."),
        )
    if seconds == 0:
        return Check(
            name,
            Status.WARN,
            translate(
                "SelfCheck", "{engine} ({voices} voices), but a test phrase gave no sound{more}"
            ).format(engine=engine, voices=voices, more=_more(problems)),
            translate("SelfCheck", "Reinstall espeak-ng: sudo apt install --reinstall espeak-ng"),
        )
    return Check(
        name,
        Status.OK,
        translate(
            "SelfCheck",
            "{engine} ({voices} voices); a test phrase became {seconds:.1f} s of speech",
        ).format(engine=engine, voices=voices, seconds=seconds),
    )


def _wav_seconds(path: Path) -> float:
    """How long a WAV file plays (0 if it is missing, empty or not a WAV)."""
    try:
        with wave.open(str(path), "rb") as wav:
            rate = wav.getframerate()
            return wav.getnframes() / rate if rate > 0 else 0.0
    except (OSError, EOFError, wave.Error):
        return 0.0


def _more(problems: Sequence[str]) -> str:
    return f" ({problems[-1]})" if problems else ""


# --------------------------------------------------------------------------- sound


def check_sound(env: Mapping[str, str], *, timeout: float = COMMAND_TIMEOUT) -> Check:
    """Is there a player and something to play to? Plays nothing."""
    name = translate("SelfCheck", "Sound")
    search = env.get("PATH", os.defpath)
    player = env.get("CRAMP_TIMER_SPEECH_PLAYER", "aplay")
    player_path = shutil.which(player, path=search)
    if player_path is None:
        return Check(
            name,
            Status.WARN,
            translate(
                "SelfCheck",
                "{player} is missing, so no voice or chime can be played; cues are "
                "still shown as captions",
            ).format(player=player),
            translate("SelfCheck", "Install it: sudo apt install alsa-utils"),
        )
    pactl = shutil.which("pactl", path=search)
    if pactl is not None:
        result = _run([pactl, "info"], env, timeout)
        if result is not None and result.returncode == 0:
            server = next(
                (
                    line.split(":", 1)[1].strip()
                    for line in result.stdout.splitlines()
                    if line.startswith("Server Name:")
                ),
                "PulseAudio",
            )
            return Check(
                name,
                Status.OK,
                translate("SelfCheck", "{player} plays through the sound server {server}").format(
                    player=player, server=server
                ),
            )
    runtime = env.get("XDG_RUNTIME_DIR", "")
    if runtime and Path(runtime, "pulse", "native").exists():
        return Check(
            name,
            Status.OK,
            translate("SelfCheck", "{player} plays through the sound server at {socket}").format(
                player=player, socket=Path(runtime, "pulse", "native")
            ),
        )
    cards = _run([player_path, "-l"], env, timeout)
    if cards is not None and cards.returncode == 0:
        card = next((line for line in cards.stdout.splitlines() if line.startswith("card ")), "")
        if card:
            return Check(
                name,
                Status.OK,
                translate("SelfCheck", "{player} plays to the sound card {card}").format(
                    player=player, card=card
                ),
            )
    return Check(
        name,
        Status.WARN,
        translate(
            "SelfCheck",
            "no sound server or sound card answered, so cues may be silent; captions still show",
        ),
        translate(
            "SelfCheck",
            "Check that your speakers are on, or install a sound server: "
            "sudo apt install pulseaudio",
        ),
    )


def check_chinese_font(env: Mapping[str, str], language: str, *,
                       timeout: float = COMMAND_TIMEOUT) -> Check:
    """Is there a font that draws Chinese? A warning only where Chinese is wanted (the
    Language setting `language`, or the desktop's language when that is "")."""
    name = translate("SelfCheck", "Chinese font")
    wanted = language.startswith("zh") or (
        not language and any(code.startswith("zh") for code in wanted_languages(env)))
    missing = Status.WARN if wanted else Status.OK
    fc_list = shutil.which("fc-list", path=env.get("PATH", os.defpath))
    if fc_list is None:
        return Check(name, missing,
                     translate("SelfCheck", "fc-list is missing, so the fonts were not checked"),
                     translate("SelfCheck", "Install it: sudo apt install fontconfig"))
    result = _run([fc_list, ":lang=zh", "family"], env, timeout)
    if result is None or result.returncode != 0:
        return Check(name, missing, translate(
            "SelfCheck", "fc-list did not answer, so the fonts were not checked"),
            translate("SelfCheck", "Reinstall it: sudo apt install --reinstall fontconfig"))
    families = [line.split(",")[0].strip() for line in result.stdout.splitlines()
                if line.strip()]
    if families:
        return Check(name, Status.OK, translate("SelfCheck", "{font} draws Chinese text")
                     .format(font=sorted(families)[0]))
    return Check(
        name, missing,
        translate("SelfCheck", "no font for Chinese is installed, so Chinese text would "
                  "show as empty boxes (needed only for 简体中文)"),
        translate("SelfCheck", "Install one: sudo apt install fonts-wqy-microhei"))


def _run(
    argv: Sequence[str], env: Mapping[str, str], timeout: float
) -> subprocess.CompletedProcess[str] | None:
    try:
        return subprocess.run(
            list(argv),
            env=dict(env),
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return None


# --------------------------------------------------------------------------- folders


def check_folders(paths: AppPaths) -> tuple[Check, ...]:
    """One check per folder: usable (or creatable), yours, and private."""
    return (
        _folder_check(
            translate("SelfCheck", "Settings folder"), paths.config_dir, (paths.settings_file,)
        ),
        _folder_check(
            translate("SelfCheck", "Diary folder"),
            paths.data_dir,
            _with_sqlite_logs(paths.diary_file),
        ),
        _folder_check(translate("SelfCheck", "Cache folder"), paths.cache_dir, ()),
        _folder_check(
            translate("SelfCheck", "Log folder"),
            paths.state_dir,
            (paths.window_state_file, paths.log_file, paths.log_file.with_suffix(".log.1")),
        ),
    )


def _with_sqlite_logs(path: Path) -> tuple[Path, ...]:
    return tuple(path.with_name(path.name + suffix) for suffix in ("", "-wal", "-shm"))


def _folder_check(name: str, folder: Path, files: Sequence[Path]) -> Check:
    try:
        info = folder.stat()
    except (FileNotFoundError, NotADirectoryError):
        return _missing_folder(name, folder)
    except OSError as error:
        return Check(
            name,
            Status.FAIL,
            translate("SelfCheck", "{folder} cannot be used: {reason}").format(
                folder=folder, reason=error.strerror
            ),
            translate(
                "SelfCheck",
                "Set XDG_CONFIG_HOME, XDG_DATA_HOME, "
                "XDG_CACHE_HOME and XDG_STATE_HOME to folders you own.",
            ),
        )
    if not stat.S_ISDIR(info.st_mode):
        return Check(
            name,
            Status.FAIL,
            translate("SelfCheck", "{folder} is not a folder").format(folder=folder),
            translate("SelfCheck", "Move it out of the way: mv {folder} {folder}.old").format(
                folder=folder
            ),
        )
    uid = _my_uid()
    me = _user_name(uid)
    failures: list[str] = []
    warnings: list[str] = []
    fixes: list[str] = []
    if info.st_uid != uid:
        (warnings if os.access(folder, os.W_OK | os.X_OK) else failures).append(
            translate("SelfCheck", "{path} belongs to {owner}").format(
                path=folder, owner=_user_name(info.st_uid)
            )
        )
        fixes.append(f"sudo chown -R {me} {folder}")
    elif not os.access(folder, os.W_OK | os.X_OK):
        failures.append(translate("SelfCheck", "you cannot write in {path}").format(path=folder))
        fixes.append(f"chmod u+rwx {folder}")
    if stat.S_IMODE(info.st_mode) & 0o077:
        warnings.append(
            translate("SelfCheck", "others can open {path} (mode {mode:04o})").format(
                path=folder, mode=stat.S_IMODE(info.st_mode)
            )
        )
        fixes.append(f"chmod {PRIVATE_FOLDER:o} {folder}")
    for file in files:
        try:
            file_info = file.stat()
        except OSError:
            continue  # not made yet
        if file_info.st_uid != uid and info.st_uid == uid:
            failures.append(
                translate("SelfCheck", "{path} belongs to {owner}").format(
                    path=file, owner=_user_name(file_info.st_uid)
                )
            )
            fixes.append(f"sudo chown {me} {file}")
        elif not os.access(file, os.R_OK | os.W_OK):
            failures.append(translate("SelfCheck", "you cannot write {path}").format(path=file))
            fixes.append(f"chmod u+rw {file}")
        if stat.S_IMODE(file_info.st_mode) & 0o077:
            warnings.append(
                translate("SelfCheck", "others can read {path} (mode {mode:04o})").format(
                    path=file, mode=stat.S_IMODE(file_info.st_mode)
                )
            )
            fixes.append(f"chmod {PRIVATE_FILE:o} {file}")
    if not failures and not warnings:
        return Check(
            name, Status.OK, translate("SelfCheck", "{folder} (private)").format(folder=folder)
        )
    status = Status.FAIL if failures else Status.WARN
    return Check(name, status, "; ".join([*failures, *warnings]), " && ".join(fixes))


def _missing_folder(name: str, folder: Path) -> Check:
    """A folder that is not there yet is fine if it can be made."""
    ancestor = folder.parent
    while True:
        try:
            info = ancestor.stat()
            break
        except (FileNotFoundError, NotADirectoryError):
            if ancestor.parent == ancestor:
                info = None
                break
            ancestor = ancestor.parent
        except OSError:
            info = None
            break
    if info is not None and not stat.S_ISDIR(info.st_mode):
        return Check(
            name,
            Status.FAIL,
            translate(
                "SelfCheck", "{folder} cannot be made, because {blocker} is a file, not a folder"
            ).format(folder=folder, blocker=ancestor),
            translate(
                "SelfCheck", "Move the file out of the way: mv {blocker} {blocker}.old"
            ).format(blocker=ancestor),
        )
    if info is None or not os.access(ancestor, os.W_OK | os.X_OK):
        return Check(
            name,
            Status.FAIL,
            translate("SelfCheck", "{folder} cannot be made: you cannot write in {parent}").format(
                folder=folder, parent=ancestor
            ),
            translate("SelfCheck", "Make {parent} yours: sudo chown {user} {parent}").format(
                parent=ancestor, user=_user_name(_my_uid())
            ),
        )
    return Check(
        name,
        Status.OK,
        translate("SelfCheck", "{folder} (made, private, when Cramp Timer first starts)").format(
            folder=folder
        ),
    )


def _my_uid() -> int:
    """The user's id; 0 on Windows, where every file's st_uid is 0."""
    if sys.platform == "win32":
        return 0
    return os.getuid()


def _user_name(uid: int) -> str:
    if sys.platform == "win32":
        import getpass

        return getpass.getuser()
    import pwd

    try:
        return pwd.getpwuid(uid).pw_name
    except KeyError:
        return str(uid)


# --------------------------------------------------------------------------- diary


def check_diary(path: Path) -> Check:
    """Open the diary read-only and ask SQLite to check every page of it."""
    name = translate("SelfCheck", "Diary")
    try:
        info = path.stat()
    except FileNotFoundError:
        return Check(
            name, Status.OK, translate("SelfCheck", "none yet; it is made at the first cramp")
        )
    except OSError as error:
        return Check(
            name,
            Status.FAIL,
            translate("SelfCheck", "{path} cannot be read: {reason}").format(
                path=path, reason=error.strerror
            ),
            translate("SelfCheck", "Make it yours: sudo chown {user} {path}").format(
                user=_user_name(_my_uid()), path=path
            ),
        )
    move_aside = translate(
        "SelfCheck", "Move it aside and Cramp Timer starts a new diary: mv {path} {path}.damaged"
    ).format(path=path)
    if not stat.S_ISREG(info.st_mode):
        return Check(
            name,
            Status.FAIL,
            translate("SelfCheck", "{path} is not a file").format(path=path),
            move_aside,
        )
    if info.st_size == 0:
        return Check(
            name, Status.OK, translate("SelfCheck", "empty; it is set up at the first cramp")
        )
    try:
        counts, version, problems = _read_diary(path)
    except sqlite3.Error as error:
        return Check(
            name,
            Status.FAIL,
            translate("SelfCheck", "{path} is damaged or not a diary ({error})").format(
                path=path, error=error
            ),
            move_aside,
        )
    if problems:
        return Check(
            name,
            Status.FAIL,
            translate("SelfCheck", "{path} is damaged: {problem}").format(
                path=path, problem="; ".join(problems[:2])
            ),
            move_aside,
        )
    if version > DIARY_VERSION:
        return Check(
            name,
            Status.FAIL,
            translate(
                "SelfCheck",
                "written by a newer Cramp Timer (diary format {version}; this one "
                "reads up to {known})",
            ).format(version=version, known=DIARY_VERSION),
            translate("SelfCheck", "Install the newest Cramp Timer."),
        )
    return Check(
        name,
        Status.OK,
        translate(
            "SelfCheck",
            "{cramps} cramps and {routines} bedtime routines recorded; every page checked",
        ).format(cramps=counts.get("cramp_sessions", 0), routines=counts.get("routine_runs", 0)),
    )


def check_diary_kept(paths: AppPaths) -> tuple[Check, ...]:
    """A diary the app moved aside, and entries still waiting to be written (if any)."""
    from cramp_timer.storage.diary_keeper import SET_ASIDE_TAG

    name = translate("SelfCheck", "Diary moved aside")
    pattern = f"{paths.diary_file.name}.{SET_ASIDE_TAG}-*"
    try:
        aside = sorted(p for p in paths.data_dir.glob(pattern)
                       if not p.name.endswith(("-wal", "-shm")))
    except OSError:
        aside = []
    checks = []
    if aside:
        checks.append(Check(
            name, Status.WARN,
            translate("SelfCheck", "{path} could not be read, so it was moved aside and a "
                      "new diary started").format(path=aside[-1]),
            translate("SelfCheck", "Keep it for a helper to look at, or delete it if you do "
                      "not need its entries: rm {path}").format(path=aside[-1])))
    pending = paths.config_dir / "diary-pending.json"
    if pending.exists():
        checks.append(Check(
            translate("SelfCheck", "Diary entries waiting"), Status.WARN,
            translate("SelfCheck", "{path} holds entries not yet written to the diary")
            .format(path=pending),
            translate("SelfCheck", "Free some disk space or fix the diary folder; Cramp "
                      "Timer writes them at its next start")))
    return tuple(checks)


def _read_diary(path: Path) -> tuple[dict[str, int], int, list[str]]:
    """Entry counts, format version and integrity problems of the diary at ``path``.

    While the app has the diary open its write-ahead log is there, and a read-only
    connection shares it safely. Without a log the diary is closed; it is then opened as
    immutable, because a read-only connection would leave an empty log and index file
    behind."""
    uri = path.resolve().as_uri() + "?mode=ro"
    if not path.with_name(path.name + "-wal").exists():
        uri += "&immutable=1"
    db = sqlite3.connect(uri, uri=True, timeout=2.0, isolation_level=None)
    try:
        version = int(db.execute("PRAGMA user_version").fetchone()[0])
        problems = [
            line.strip()
            for row in db.execute("PRAGMA integrity_check(5)")
            for line in str(row[0]).splitlines()
            if line.strip() and not line.startswith("***")
        ]
        if problems == ["ok"]:
            problems = []
        tables = {
            str(row[0]) for row in db.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")
        }
        counts: dict[str, int] = {}
        for table in ("cramp_sessions", "routine_runs"):  # literals, never input
            if table in tables:
                counts[table] = int(db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        db.close()
    return counts, version, problems


# --------------------------------------------------------------------------- helpers


def _with_package_path(env: Mapping[str, str]) -> dict[str, str]:
    """``env`` with the folder holding cramp_timer first on PYTHONPATH (as the speech
    worker gets it), so that ``python -m cramp_timer...`` works from a checkout too."""
    out = dict(env)
    root = str(Path(__file__).resolve().parents[2])
    parts = [p for p in out.get("PYTHONPATH", "").split(os.pathsep) if p]
    if root not in parts:
        out["PYTHONPATH"] = os.pathsep.join([root, *parts])
    return out


def _kill_group(proc: subprocess.Popen[str]) -> None:
    speech_platform.kill_tree(proc)
    with contextlib.suppress(subprocess.TimeoutExpired):
        proc.communicate(timeout=2.0)
