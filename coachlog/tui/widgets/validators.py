"""Validation as you type, by the domain's own rules.

``Rule(check)`` is a Textual Validator that calls a parser or rule from coachlog.domain
(which raise InvalidInput); the Input turns ``-invalid`` and the rule's own message, the
same text the command line prints, is the failure description."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual.validation import ValidationResult, Validator

from coachlog.errors import CoachlogError


class Rule(Validator):
    """Valid when ``check(text)`` raises no CoachlogError. ``optional``: empty is fine."""

    def __init__(self, check: Callable[[str], Any], *, optional: bool = False) -> None:
        super().__init__()
        self.check = check
        self.optional = optional

    def validate(self, value: str) -> ValidationResult:
        if self.optional and not value.strip():
            return self.success()
        try:
            self.check(value)
        except CoachlogError as error:
            return self.failure(str(error))
        return self.success()
