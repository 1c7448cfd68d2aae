"""Moved to :mod:`coachlog.services.insights` (issue 14).

Kept only for the command line and the app, which still import ``coachlog.insights``
until they switch to the services package; delete it then."""

from coachlog.services.insights import REPORT_KINDS, Insights

__all__ = ["REPORT_KINDS", "Insights"]
