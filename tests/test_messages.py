"""Every message the app can show exists in Dutch too.

Errors are written in English where they are raised and translated by ``coachlog.i18n.t``
(see there). This test reads the source: each text marked with ``t(...)``/``N_(...)``,
each plain text given to an error, and each field name must have a Dutch entry with the
same placeholders; an f-string given straight to an error (which could not be
translated) fails the test. Then it checks a few errors end to end in both languages."""

from __future__ import annotations

import ast
import string
from datetime import date
from pathlib import Path

import pytest

import coachlog
from coachlog import i18n
from coachlog.domain import parsing, rules
from coachlog.errors import CoachlogError, InvalidInput, NotFound
from coachlog.messages_nl import FIELDS, MESSAGES, SAME_IN_DUTCH

ROOT = Path(coachlog.__file__).parent
# Everything a coach can read: the app, the command line (its help too) and what both
# reach. Schedule-file problems are for whoever edits a schedule's TOML.
CHECKED = [
    *sorted((ROOT / "domain").glob("*.py")),
    ROOT / "errors.py",
    *sorted((ROOT / "services").glob("*.py")),
    ROOT / "reports" / "build.py",
    ROOT / "protocols" / "__init__.py",
    *sorted((ROOT / "store").glob("*.py")),
    *sorted((ROOT / "tui").rglob("*.py")),
    *sorted((ROOT / "cli").rglob("*.py")),
    *sorted((ROOT / "demo").glob("*.py")),
    ROOT / "passphrase.py",
    ROOT / "config.py",
    ROOT / "paths.py",
    ROOT / "exchange.py",
]
ERRORS_WITH_A_MESSAGE = {"CoachlogError", "Conflict", "JournalError", "ConfigError"}
ERRORS_WITH_A_FIELD = {"InvalidInput", "NotFound", "Ambiguous"}


def _name(node: ast.expr) -> str:
    return node.id if isinstance(node, ast.Name) else node.attr if isinstance(node, ast.Attribute) else ""


def _text(node: ast.expr | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def marked_texts() -> tuple[dict[str, str], dict[str, str], list[str]]:
    """(message -> where, field -> where, untranslatable places)."""
    messages: dict[str, str] = {}
    fields: dict[str, str] = {}
    untranslatable: list[str] = []
    for path in CHECKED:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            where = f"{path.relative_to(ROOT.parent)}:{node.lineno}"
            name = _name(node.func)
            args = list(node.args)
            if name in {"t", "N_", "tr", "dutch", "change_summary"} and args and _text(args[0]) is not None:
                messages[_text(args[0])] = where  # type: ignore[index]
            elif name in {"tn", "plural", "counted_summary"} and len(args) >= 2:  # the singular and the plural
                for form in args[:2]:
                    if _text(form) is not None:
                        messages[_text(form)] = where  # type: ignore[index]
            elif name in ERRORS_WITH_A_MESSAGE and args:
                if _text(args[0]) is not None:
                    messages[_text(args[0])] = where  # type: ignore[index]
                elif isinstance(args[0], (ast.JoinedStr, ast.BinOp)):
                    untranslatable.append(where)
            elif name in ERRORS_WITH_A_FIELD and args:
                if _text(args[0]) is not None:
                    fields[_text(args[0])] = where  # type: ignore[index]
                if name == "InvalidInput" and len(args) == 3:
                    if _text(args[2]) is not None:
                        messages[_text(args[2])] = where  # type: ignore[index]
                    elif isinstance(args[2], (ast.JoinedStr, ast.BinOp)):
                        untranslatable.append(where)
            elif name in {"field_label", "check_name", "check_note", "check_date", "check_choice", "check_positive",
                          "check_minutes", "parse_decimal"} and args and _text(args[0]) is not None:
                fields[_text(args[0])] = where  # type: ignore[index]
    return messages, fields, untranslatable


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_message_the_app_can_show_has_a_dutch_text_with_the_same_placeholders() -> None:
    messages, _, _ = marked_texts()
    assert len(messages) > 100  # the scan found the messages, not nothing
    missing = {text: where for text, where in messages.items() if text not in MESSAGES and text not in SAME_IN_DUTCH}
    assert not missing, "no Dutch text for:\n" + "\n".join(f"{w}: {m!r}" for m, w in missing.items())
    for english, dutch in MESSAGES.items():
        assert _placeholders(dutch) == _placeholders(english), english
        assert dutch != english or not any(c.isalpha() for c in english), english


def test_every_field_name_in_an_error_has_a_dutch_label() -> None:
    _, fields, _ = marked_texts()
    assert {"duration", "date", "worker"} <= set(fields)
    missing = {name: where for name, where in fields.items() if name not in FIELDS}
    assert not missing, missing


def test_no_error_message_is_built_where_it_cannot_be_translated() -> None:
    _, _, untranslatable = marked_texts()
    assert not untranslatable, "f-string or concatenation straight into an error; use t(...):\n" + "\n".join(untranslatable)


def test_the_dutch_catalogue_holds_no_texts_nobody_uses() -> None:
    messages, _, _ = marked_texts()
    unused = (set(MESSAGES) | SAME_IN_DUTCH) - set(messages)
    assert not unused, sorted(unused)
    assert not set(MESSAGES) & SAME_IN_DUTCH


@pytest.fixture
def dutch():
    i18n.set_language("nl")
    yield
    i18n.set_language("en")


def test_an_invalid_duration_reads_in_dutch_with_the_value(dutch) -> None:
    with pytest.raises(InvalidInput) as caught:
        parsing.parse_duration("25x")
    assert str(caught.value).startswith("duur: '25x' wordt niet geaccepteerd; gebruik minuten zoals 90")


def test_a_day_past_the_end_of_the_month_says_how_many_days_it_has(dutch) -> None:
    with pytest.raises(InvalidInput) as caught:
        parsing.parse_date("31-9-2026", date(2026, 11, 23))
    assert str(caught.value) == "datum: '31-9-2026' wordt niet geaccepteerd; 9-2026 heeft 30 dagen; geef een dag van 1 tot en met 30"
    i18n.set_language("en")
    with pytest.raises(InvalidInput) as caught:
        parsing.parse_date("29-02-2026", date(2026, 11, 23))
    assert str(caught.value) == "date: '29-02-2026' is not accepted; 2-2026 has 28 days; give a day from 1 to 28"


def test_unknown_names_and_refusals_read_in_dutch(dutch) -> None:
    assert str(NotFound("worker", "Sane", ["Sanne de Vries"])) == "geen werknemer 'Sane'; bedoel je 'Sanne de Vries'?"
    with pytest.raises(InvalidInput) as caught:
        rules.check_day_total(date(2026, 11, 23), 23 * 60, 90)
    assert "23-11-2026 heeft al 23:00" in str(caught.value)
    assert str(CoachlogError("no timer is running; start one first")) == "er loopt geen timer; start er eerst een"


def test_english_stays_the_default_of_the_process() -> None:
    assert i18n.current_language() == "en"
    with pytest.raises(InvalidInput) as caught:
        parsing.parse_duration("25x")
    assert str(caught.value).startswith("duration: '25x' is not accepted; use minutes like 90")
