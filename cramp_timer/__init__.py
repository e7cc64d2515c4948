"""Cramp Timer: a bedside timer that talks you through a night-time calf cramp."""

__version__ = "0.1.0"
