"""Benchmark part: reading the user's routine store at 0, 10 and 100 routines of 10 steps
(issue 19: a person waits for it when the Routines page or a routine opens)."""

from __future__ import annotations

import statistics
import time
from pathlib import Path

SIZES = (0, 10, 100)


def bench_routines(runs: int, home: Path) -> dict[str, float]:
    """Median time to build a `RoutineStore` (read, parse, validate) at each size."""
    from cramp_timer.routines.files import export_routines
    from cramp_timer.routines.model import Routine, RoutineStep, Side
    from cramp_timer.routines.store import RoutineStore
    from cramp_timer.storage.paths import AppPaths

    figures: dict[str, float] = {}
    for count in SIZES:
        paths = AppPaths.under(home / f"routines-{count}")
        paths.ensure()
        steps = tuple(RoutineStep(f"Stretch {n}", "Lean into the wall, heel down, knee "
                                  "straight; breathe out slowly.", Side.LEFT, 30, 3, 10)
                      for n in range(10))
        if count:
            export_routines(paths.routines_file,
                            [Routine(f"Routine {n}", steps, note="Gently, every night.")
                             for n in range(count)])
        RoutineStore(paths)  # warm: imports, file cache
        times, cpu = [], []
        for _ in range(runs):
            start, start_cpu = time.perf_counter(), time.process_time()
            store = RoutineStore(paths)
            times.append(time.perf_counter() - start)
            cpu.append(time.process_time() - start_cpu)
            assert len(store.user()) == count
        figures[f"routines_{count}_ms"] = statistics.median(times) * 1000
        figures[f"routines_{count}_cpu_ms"] = statistics.median(cpu) * 1000
    return figures


def report_rows(f: dict[str, float]) -> list[str]:
    if "routines_100_ms" not in f:
        return []
    value = " / ".join(f"{f[f'routines_{n}_ms']:.1f} ms" for n in SIZES)
    cpu = " / ".join(f"{f[f'routines_{n}_cpu_ms']:.1f} ms" for n in SIZES)
    verdict = "met" if f["routines_100_ms"] <= 10 else "**missed**"
    return [f"| reading the routine store: 0 / 10 / 100 routines of 10 steps, wall (CPU), "
            f"medians | {value} ({cpu}) | 100 routines <= 10 ms ({verdict}) |"]
