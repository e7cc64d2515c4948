"""Voices benchmark: Piper against espeak-ng on the same lines, and the speech worker's memory.

    .venv/bin/python bench/bench_voices.py [--write]

1. Render time per line: the built-in stretch lines, each engine in a fresh process of its
   own (as in the worker), after one warm-up line; median and slowest, and Piper's model
   load. 2. The speech worker's memory with its Piper render process (USS = private, and
   RSS, from /proc/PID/smaps_rollup, summed) right after READY, after rendering those lines
   and once idle, with Piper as the voice and with espeak-ng (CRAMP_TIMER_SPEECH_NO_PIPER=1).
   3. A new worker saying a line at once: to its sound starting, not cached and cached
   (the player is `true`).
   `--write` puts the table in docs/performance.md between the voices markers.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cramp_timer.speech.piper_engine import RELEASE_AFTER  # noqa: E402

RENDER = r"""
import json, sys, time
from pathlib import Path
lines, out, engine = json.loads(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
t0 = time.monotonic()
if engine == "piper":
    from cramp_timer.speech.piper_engine import PiperEngine
    from cramp_timer.speech.piper_voices import check_voice, installed_models
    voice = check_voice(installed_models()[0], added=False)
    e = PiperEngine(lambda: None)
    render = lambda text, path: e.render(text, voice, 150, 0.9, path)
else:
    from cramp_timer.speech.worker import Engine
    e = Engine(False)
    render = lambda text, path: e.render(text, "", 150, 0.9, path)
render("Warm up.", out / "warm.wav")
load = time.monotonic() - t0
times = []
for i, text in enumerate(lines):
    t = time.monotonic()
    render(text, out / f"{i}.wav")
    times.append(time.monotonic() - t)
print(json.dumps({"load": load, "times": times}))
"""


def stretch_lines() -> list[str]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication

    from cramp_timer.core.stretch import cramp_plan, plan_texts
    from cramp_timer.storage.settings import Settings

    _app = QCoreApplication.instance() or QCoreApplication([])
    s = Settings()
    return [t for t in dict.fromkeys(plan_texts(cramp_plan(s.variant, s.prep_seconds,
                                                           s.hold_seconds))) if len(t) > 8]


def render_times(engine: str, lines: list[str]) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        out = subprocess.run([sys.executable, "-c", RENDER, json.dumps(lines), tmp, engine],
                             capture_output=True, text=True, check=True, cwd=ROOT,
                             timeout=600).stdout
    result = json.loads(out.strip().splitlines()[-1])
    times = result["times"]
    return {"load": result["load"], "median": statistics.median(times), "max": max(times),
            "n": len(times)}


def memory(pid: int) -> tuple[float, float]:
    """(USS, RSS) in MiB of `pid` and its children (the worker's Piper render process:
    these measures render ahead and play nothing)."""
    uss = rss = 0
    kids = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    for one in [pid, *map(int, kids)]:
        fields: dict[str, int] = {}
        try:
            lines = Path(f"/proc/{one}/smaps_rollup").read_text().splitlines()[1:]
        except OSError:
            continue  # it ended meanwhile
        for line in lines:
            name, value = line.split(":", 1)
            fields[name] = int(value.split()[0])
        uss += fields.get("Private_Clean", 0) + fields.get("Private_Dirty", 0)
        rss += fields.get("Rss", 0)
    return uss / 1024, rss / 1024


def worker_memory(piper: bool, lines: list[str]) -> dict[str, float]:
    from cramp_timer.core.clock import SystemClock
    from cramp_timer.speech.speaker import ProcessSpeaker, SpeechEventKind

    env = dict(os.environ)
    if not piper:
        env["CRAMP_TIMER_SPEECH_NO_PIPER"] = "1"
    with tempfile.TemporaryDirectory() as tmp:
        speaker = ProcessSpeaker(Path(tmp), SystemClock(), worker_env=env, hang_timeout=60)
        try:
            speaker.start()
            deadline = time.monotonic() + 60
            while not any(e.kind is SpeechEventKind.READY for e in speaker.poll(wait=0.1)):
                assert time.monotonic() < deadline, "the worker did not start"
            time.sleep(0.5)
            pid = speaker.worker_pid
            assert pid is not None
            ready = memory(pid)
            speaker.prepare(lines)
            while speaker.busy():
                speaker.poll(wait=0.1)
                assert time.monotonic() < deadline + 120, "the worker did not finish"
            rendered = memory(pid)
            time.sleep(RELEASE_AFTER + 3)  # Piper lets its model go after this long idle
            idle = memory(pid)
        finally:
            speaker.close()
    return {"ready_uss": ready[0], "ready_rss": ready[1], "uss": rendered[0],
            "rss": rendered[1], "idle_uss": idle[0], "idle_rss": idle[1]}


def first_sound(piper: bool, runs: int = 3) -> dict[str, float]:
    """Spawn a fresh worker and say a line at once: seconds to the sound starting, with an
    empty cache (cold) and with the line rendered before by another worker (warm)."""
    from cramp_timer.core.clock import SystemClock
    from cramp_timer.speech.speaker import ProcessSpeaker, SpeechEventKind

    env = dict(os.environ, CRAMP_TIMER_SPEECH_PLAYER="true")
    if not piper:
        env["CRAMP_TIMER_SPEECH_NO_PIPER"] = "1"
    results: dict[str, list[float]] = {"cold": [], "warm": []}
    line = "Sit down and stretch your leg out straight."
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as tmp:
            for kind in ("cold", "warm"):
                if kind == "warm":  # render it ahead, as the app does after start-up
                    speaker = ProcessSpeaker(Path(tmp), SystemClock(), worker_env=env,
                                             hang_timeout=60)
                    speaker.start()
                    speaker.prepare([line])
                    time.sleep(0.2)
                    while speaker.busy():
                        speaker.poll(wait=0.1)
                    speaker.close()
                t0 = time.monotonic()
                speaker = ProcessSpeaker(Path(tmp), SystemClock(), worker_env=env,
                                         hang_timeout=60)
                speaker.start()
                speaker.say("first", line)
                started = None
                while started is None and time.monotonic() - t0 < 60:
                    started = next((e.at for e in speaker.poll(wait=0.1)
                                    if e.kind is SpeechEventKind.STARTED), None)
                speaker.close()
                results[kind].append((started or float("nan")) - t0)
    return {k: statistics.median(v) for k, v in results.items()}


def report() -> str:
    lines = stretch_lines()
    piper, espeak = render_times("piper", lines), render_times("espeak-ng", lines)
    mem_piper, mem_espeak = worker_memory(True, lines), worker_memory(False, lines)
    first_piper, first_espeak = first_sound(True), first_sound(False)
    load = os.getloadavg()
    rows = [
        f"Measured {time.strftime('%Y-%m-%d')}, load average {load[0]:.2f} on "
        f"{os.cpu_count()} cores; {piper['n']:.0f} built-in stretch lines.",
        "",
        "| voices | Piper (en_US-joe-medium) | espeak-ng (pyttsx3) |",
        "| --- | --- | --- |",
        f"| render one line: median / slowest | {piper['median'] * 1000:.0f} / "
        f"{piper['max'] * 1000:.0f} ms | {espeak['median'] * 1000:.0f} / "
        f"{espeak['max'] * 1000:.0f} ms |",
        f"| engine start + first line (fresh process) | {piper['load']:.2f} s | "
        f"{espeak['load']:.2f} s |",
        f"| speech worker after READY: USS / RSS | {mem_piper['ready_uss']:.1f} / "
        f"{mem_piper['ready_rss']:.1f} MiB | {mem_espeak['ready_uss']:.1f} / "
        f"{mem_espeak['ready_rss']:.1f} MiB |",
        "| speech worker + its render process after rendering the lines: USS / RSS | "
        f"{mem_piper['uss']:.1f} / "
        f"{mem_piper['rss']:.1f} MiB | {mem_espeak['uss']:.1f} / {mem_espeak['rss']:.1f} MiB |",
        f"| new worker to first sound, line not cached (cold) / cached (warm), median of 3 "
        f"| {first_piper['cold']:.2f} / {first_piper['warm']:.2f} s "
        f"| {first_espeak['cold']:.2f} / {first_espeak['warm']:.2f} s |",
        f"| speech worker {RELEASE_AFTER + 3:.0f} s later (idle): USS / RSS | "
        f"{mem_piper['idle_uss']:.1f} / {mem_piper['idle_rss']:.1f} MiB | "
        f"{mem_espeak['idle_uss']:.1f} / {mem_espeak['idle_rss']:.1f} MiB |",
    ]
    return "\n".join(rows)


def write_doc(table: str) -> None:
    doc = ROOT / "docs" / "performance.md"
    start, end = "<!-- voices:start -->", "<!-- voices:end -->"
    text = doc.read_text(encoding="utf-8")
    if start not in text:
        text += f"\n## Voices (bench/bench_voices.py)\n\n{start}\n{end}\n"
    head, _, rest = text.partition(start)
    _, _, tail = rest.partition(end)
    doc.write_text(f"{head}{start}\n{table}\n{end}{tail}", encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="update docs/performance.md")
    args = parser.parse_args()
    table = report()
    print(table)
    if args.write:
        write_doc(table)
    return 0


if __name__ == "__main__":
    sys.exit(main())
