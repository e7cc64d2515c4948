"""Plausible diary contents for the history view's tests, the benchmark and the screenshots."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta, tzinfo

from cramp_timer.storage.diary import Diary


def fill_nights(
    diary: Diary,
    first_night: date,
    nights: int,
    zone: tzinfo,
    seed: int = 1,
    cramp_weights: tuple[float, float, float, float] | None = None,
) -> int:
    """Fill ``nights`` nights from ``first_night`` in one transaction; returns the number of
    cramp sessions written.

    Most evenings a bedtime routine (more often done as the weeks go by), a reminder on
    most nights, 0 to 3 cramps a night between 23:00 and 07:00, most rated and told
    which leg; some with heat, cold or massage afterwards; now and then one still cramping
    after three rounds (red-flag advice shown), one stopped, one never finished.
    ``cramp_weights``: fixed odds of 0, 1, 2, 3 cramps a night (default: fewer over time).
    """
    rng = random.Random(seed)
    written = 0
    with diary.transaction():
        for offset in range(nights):
            night = first_night + timedelta(days=offset)
            progress = offset / max(1, nights - 1)
            evening = datetime(night.year, night.month, night.day, 21, 0, tzinfo=zone)
            if rng.random() < 0.8:
                diary.record_reminder(night, rng.choice(["started", "started", "snoozed"]))
            elif rng.random() < 0.5:
                diary.record_reminder(night, "skipped")
            if rng.random() < 0.45 + 0.45 * progress:
                start = evening + timedelta(minutes=rng.randrange(20, 100))
                run = diary.start_routine(start, "Standing calf and hamstring stretch")
                diary.finish_routine(
                    run, start + timedelta(minutes=3), "done" if rng.random() < 0.85 else "partial"
                )
            weights = cramp_weights or (0.45 + 0.35 * progress, 0.3, 0.17, 0.08 - 0.05 * progress)
            count = rng.choices([0, 1, 2, 3], weights=weights)[0]
            for _ in range(count):
                at = evening + timedelta(minutes=rng.randrange(120, 600), seconds=rng.randrange(60))
                cramp = diary.start_cramp(at, rng.choice(["seated", "standing"]), 45)
                written += 1
                roll = rng.random()
                if roll < 0.02:
                    continue  # never finished: the laptop was shut during the stretch
                if roll < 0.06:
                    diary.finish_cramp(
                        cramp, at + timedelta(minutes=4), "still_cramping", 3, 135.0, True
                    )
                elif roll < 0.1:
                    diary.finish_cramp(cramp, at + timedelta(minutes=1), "stopped", 1, 20.0, False)
                else:
                    rounds = rng.choice([1, 1, 1, 2, 2, 3])
                    diary.finish_cramp(
                        cramp,
                        at + timedelta(minutes=rounds + 1),
                        "better",
                        rounds,
                        45.0 * rounds,
                        False,
                    )
                if rng.random() < 0.25:
                    diary.add_followup(cramp, "heat", rng.choice([10, 15, 20]))
                if rng.random() < 0.1:
                    diary.add_followup(cramp, "massage", rng.choice([2, 3, 5]))
                if rng.random() < 0.04:
                    diary.add_followup(cramp, "cold", 10)
                if rng.random() < 0.8:
                    mean = 6.5 - 3.0 * progress
                    severity = max(0, min(10, round(rng.gauss(mean, 1.8))))
                    diary.set_severity(cramp, severity, rng.choice(["left", "right", "left"]))
    return written
