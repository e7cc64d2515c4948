"""A private PulseAudio daemon with a null sink, for tests that check what was really played.

    with private_pulse(tmp_path) as pulse:
        env = {**os.environ, **pulse.client_env}   # give this to aplay / the speech worker
        with pulse.recording(tmp_path / "rec.wav"):
            ...play something...
        stats = sox_stat(tmp_path / "rec.wav")

The daemon runs as the current user (root works too: PulseAudio only warns), with no default
script (-n), so only the null sink and an anonymous unix socket exist. ALSA clients reach it
through a private ALSA config (ALSA_CONFIG_PATH) whose default device is the pulse plugin
(Debian package libasound2-plugins). Every process started here is killed on exit.
"""

from __future__ import annotations

import contextlib
import math
import os
import re
import shutil
import signal
import subprocess
import time
import wave
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

SINK = "cramp_null"
_BYTES_PER_SECOND = 44100 * 2 * 2
_ALSA_PULSE_PLUGIN_DIRS = (
    "/usr/lib/x86_64-linux-gnu/alsa-lib",
    "/usr/lib/aarch64-linux-gnu/alsa-lib",
    "/usr/lib/alsa-lib",
    "/usr/lib64/alsa-lib",
)


def missing_tools() -> list[str]:
    """What a private PulseAudio test needs and this machine lacks (empty = all present)."""
    missing = [
        f"{tool} ({pkg})"
        for tool, pkg in (
            ("pulseaudio", "pulseaudio"),
            ("pactl", "pulseaudio-utils"),
            ("parec", "pulseaudio-utils"),
            ("aplay", "alsa-utils"),
            ("sox", "sox"),
        )
        if shutil.which(tool) is None
    ]
    if not any(Path(d, "libasound_module_pcm_pulse.so").exists() for d in _ALSA_PULSE_PLUGIN_DIRS):
        missing.append("ALSA pulse plugin (libasound2-plugins)")
    return missing


@dataclass
class PrivatePulse:
    root: Path
    socket: Path
    client_env: dict[str, str]

    @property
    def monitor(self) -> str:
        return f"{SINK}.monitor"

    @contextlib.contextmanager
    def recording(self, path: Path, tail: float = 0.5) -> Iterator[Callable[[], float]]:
        """Record the null sink's monitor into a WAV file while the block runs (plus a tail).

        The block gets a function that tells how many seconds of sound are in the file so
        far: what a sound's place in the file is measured from.

        parec writes raw 16-bit stereo 44.1 kHz (parecord's own WAV files came out wrong on
        PulseAudio 16.1), converted to WAV with sox when the block ends.
        """
        env = {**os.environ, **self.client_env}
        raw = path.with_suffix(".raw")
        with raw.open("wb") as sink:
            rec = subprocess.Popen(
                ["parec", f"--device={self.monitor}", "--format=s16le", "--rate=44100",
                 "--channels=2", "--latency-msec=20"],
                env=env, stdout=sink, stderr=subprocess.DEVNULL, start_new_session=True,
            )
            try:
                # Bounded waits on real processes (not timing assertions): first until the
                # recording stream is connected, so nothing is missed ...
                deadline = time.monotonic() + 10.0
                while not self._recording_connected(env):
                    if rec.poll() is not None or time.monotonic() > deadline:
                        raise RuntimeError("parec did not connect to the private PulseAudio")
                    time.sleep(0.02)
                # ... then until sound flows: the null sink sends its monitor nothing until
                # something has played, so a moment of silence is played to wake it.
                self._wake_sink(path.with_suffix(".wake.wav"), env)
                while raw.stat().st_size == 0:
                    if time.monotonic() > deadline:
                        raise RuntimeError("no sound reached the recording")
                    time.sleep(0.02)
                yield lambda: raw.stat().st_size / _BYTES_PER_SECOND
                # ... then until the tail of what was played has reached the file.
                start_size = raw.stat().st_size
                deadline = time.monotonic() + 2 * tail + 1.0
                while raw.stat().st_size - start_size < int(tail * _BYTES_PER_SECOND):
                    if time.monotonic() > deadline:
                        break
                    time.sleep(0.02)
            finally:
                rec.send_signal(signal.SIGINT)
                try:
                    rec.wait(timeout=5)
                except subprocess.TimeoutExpired:
                    rec.kill()
                    rec.wait()
        subprocess.run(
            ["sox", "-t", "raw", "-r", "44100", "-e", "signed", "-b", "16", "-c", "2",
             str(raw), str(path)],
            check=True, capture_output=True, timeout=30,
        )

    @staticmethod
    def _wake_sink(silence: Path, env: dict[str, str]) -> None:
        with wave.open(str(silence), "wb") as out:
            out.setnchannels(1)
            out.setsampwidth(2)
            out.setframerate(22050)
            out.writeframes(bytes(2 * 22050 // 10))
        subprocess.run(["aplay", "-q", str(silence)], env=env, check=True, timeout=10,
                       capture_output=True)

    def _recording_connected(self, env: dict[str, str]) -> bool:
        result = subprocess.run(
            ["pactl", "list", "short", "source-outputs"], env=env, capture_output=True,
            text=True, check=False, timeout=5,
        )
        return result.returncode == 0 and bool(result.stdout.strip())


def _pactl_ok(env: dict[str, str]) -> bool:
    result = subprocess.run(
        ["pactl", "info"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        check=False, timeout=5,
    )
    return result.returncode == 0


@contextlib.contextmanager
def private_pulse(root: Path, ready_timeout: float = 10.0) -> Iterator[PrivatePulse]:
    """Start a private PulseAudio daemon whose only sink is a null sink; stop it on exit."""
    root.mkdir(parents=True, exist_ok=True)
    run = root / "run"
    run.mkdir(exist_ok=True)
    socket = run / "native"
    daemon_env = {
        **os.environ,
        "HOME": str(root),
        "XDG_RUNTIME_DIR": str(run),
        "XDG_CONFIG_HOME": str(root / "config"),
        "PULSE_RUNTIME_PATH": str(run / "pulse"),
        "PULSE_STATE_PATH": str(root / "state"),
    }
    asound = root / "asound.conf"
    asound.write_text(
        f'pcm.!default {{ type pulse server "unix:{socket}" }}\n'
        f'ctl.!default {{ type pulse server "unix:{socket}" }}\n'
    )
    client_env = {"PULSE_SERVER": f"unix:{socket}", "ALSA_CONFIG_PATH": str(asound)}
    log = (root / "pulseaudio.log").open("wb")
    daemon = subprocess.Popen(
        [
            "pulseaudio", "-n", "--daemonize=no", "--exit-idle-time=-1",
            "--use-pid-file=false", "--log-target=stderr", "--log-level=error",
            "-L", f"module-null-sink sink_name={SINK}",
            "-L", f"module-native-protocol-unix auth-anonymous=1 socket={socket}",
        ],
        env=daemon_env,
        stdout=log,
        stderr=log,
        start_new_session=True,
    )
    try:
        probe_env = {**os.environ, **client_env}
        deadline = time.monotonic() + ready_timeout
        # Waiting for a real daemon to come up (not a timing assertion).
        while not (socket.exists() and _pactl_ok(probe_env)):
            if daemon.poll() is not None or time.monotonic() > deadline:
                log.flush()
                raise RuntimeError(
                    "private PulseAudio did not start: "
                    + (root / "pulseaudio.log").read_text(errors="replace")[-2000:]
                )
            time.sleep(0.02)
        yield PrivatePulse(root=root, socket=socket, client_env=client_env)
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(daemon.pid, signal.SIGTERM)
        try:
            daemon.wait(timeout=5)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(daemon.pid, signal.SIGKILL)
            daemon.wait()
        log.close()


@dataclass(frozen=True)
class SoxStat:
    length: float  # seconds
    rms: float  # RMS amplitude, 0..1


def sox_stat(path: Path, *, trim_silence: bool = False) -> SoxStat:
    """Length and RMS amplitude of a sound file, via `sox FILE -n stat`.

    With trim_silence, leading and trailing near-silence (below 1%) is cut first, so the
    length is that of the audible part.
    """
    effects = ["silence", "1", "0.01", "1%", "reverse", "silence", "1", "0.01", "1%",
               "reverse"] if trim_silence else []
    result = subprocess.run(
        ["sox", str(path), "-n", *effects, "stat"],
        capture_output=True, text=True, check=False, timeout=30,
    )
    if result.returncode != 0:
        raise ValueError(f"sox could not read {path}: {result.stderr.strip()}")
    values: dict[str, float] = {}
    for line in result.stderr.splitlines():
        match = re.match(r"^([A-Za-z ()]+?):\s+(-?[\d.]+(?:e-?\d+)?)\s*$", line)
        if match:
            values[" ".join(match.group(1).split())] = float(match.group(2))
    return SoxStat(length=values.get("Length (seconds)", 0.0),
                   rms=values.get("RMS amplitude", 0.0))


def is_audible_speech(stat: SoxStat, *, min_length: float, max_length: float,
                      min_rms: float = 0.01) -> bool:
    """The check the engine tests use: plausible length and clearly not silence."""
    return min_length <= stat.length <= max_length and stat.rms >= min_rms


ENVELOPE_STEP = 0.01  # seconds per value of an envelope


def envelope(path: Path, rate: int = 8000) -> list[float]:
    """The loudness of a sound file, one RMS value per 10 ms: sox makes it mono 16-bit
    at `rate` Hz first, so files of any format and rate compare."""
    result = subprocess.run(
        ["sox", str(path), "-t", "raw", "-r", str(rate), "-e", "signed", "-b", "16",
         "-c", "1", "-"],
        capture_output=True, check=False, timeout=60,
    )
    if result.returncode != 0:
        raise ValueError(f"sox could not read {path}: {result.stderr.decode().strip()}")
    samples = memoryview(result.stdout[: len(result.stdout) // 2 * 2]).cast("h")
    window = int(rate * ENVELOPE_STEP)
    return [math.sqrt(sum(x * x for x in samples[i:i + window]) / window) / 32768
            for i in range(0, len(samples) - window + 1, window)]


@dataclass(frozen=True)
class Found:
    at: float  # seconds into the recording where the sound starts (its first loud part)
    score: float  # 0..1: how closely the recording's loudness follows the sound's there


def find_sound(recording: list[float], sound: list[float], after: float = 0.0) -> Found:
    """Where in `recording` (an envelope) `sound` (another) was played, at or after
    `after` seconds: the offset with the highest correlation of the two envelopes. The
    sound's leading and trailing silence is left out first."""
    loud = [i for i, v in enumerate(sound) if v > 0.01]
    if not loud:
        raise ValueError("the sound to find is silent")
    first = loud[0]
    part = sound[first:loud[-1] + 1]
    n = len(part)
    mean = sum(part) / n
    centred = [v - mean for v in part]
    spread = math.sqrt(sum(v * v for v in centred))
    best = Found(at=after, score=-1.0)
    for offset in range(int(after / ENVELOPE_STEP), len(recording) - n + 1):
        window = recording[offset:offset + n]
        w_mean = sum(window) / n
        w_spread = math.sqrt(sum((v - w_mean) ** 2 for v in window))
        if w_spread == 0:
            continue
        score = sum(c * (v - w_mean) for c, v in zip(centred, window, strict=True)) / (
            spread * w_spread)
        if score > best.score:
            best = Found(at=offset * ENVELOPE_STEP, score=score)
    return best
