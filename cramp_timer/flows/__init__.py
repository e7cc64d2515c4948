"""Flows that tie the domain to the outside world; each testable without a window."""
