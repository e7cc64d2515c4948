"""The domain: sessions, the night, stretches, care, guidance, history, schedule, lock.

Plain Python: no Qt widgets, no files, no speech, no desktop."""
