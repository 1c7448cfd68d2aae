"""coachlog: the offline, encrypted logbook for Dutch job coaches."""

__version__ = "0.1.0"
