"""Dutch and English from one catalogue; the language from --lang, the config or the locale."""

from __future__ import annotations

import string

import pytest

from coachlog import i18n
from coachlog.i18n import Translator, detect_language


@pytest.mark.parametrize(
    ("cli", "config", "env", "expected"),
    [
        ("en", "nl", {"LANG": "nl_NL.UTF-8"}, "en"),  # --lang wins
        (None, "en", {"LANG": "nl_NL.UTF-8"}, "en"),  # then the config
        (None, None, {"LANG": "nl_NL.UTF-8"}, "nl"),  # then the locale
        (None, None, {"LANG": "nl_BE.UTF-8"}, "nl"),
        (None, None, {"LANG": "en_GB.UTF-8"}, "en"),
        (None, None, {"LC_ALL": "nl_NL.UTF-8", "LANG": "en_US.UTF-8"}, "nl"),
        (None, "fr", {"LANG": "C.UTF-8"}, "en"),  # an unknown language falls through
        ("NL", None, {}, "nl"),
    ],
)
def test_language_detection(monkeypatch, cli, config, env, expected):
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert detect_language(cli, config) == expected


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_the_translator_fills_in_values():
    assert Translator("nl")("Undone: {summary}", summary="x") == "Ongedaan gemaakt: x"
    assert Translator("en")("Undone: {summary}", summary="x") == "Undone: x"
    assert Translator("de").language == "en"


def test_the_app_translator_and_t_are_one_mechanism():
    """The app's ``tr`` and the errors' ``t`` read the same messages (they were two
    catalogues that could disagree)."""
    i18n.set_language("nl")
    try:
        for english in ("Worker", "Undone: {summary}", "Previous day", "Signals"):
            assert Translator("nl")(english, summary="x") == i18n.t(english, summary="x") != english.format(summary="x")
    finally:
        i18n.set_language("en")
    assert i18n.dutch("Paid work") == "Betaald werk"  # reports ask for Dutch whatever the language


def test_every_key_binding_is_described_in_dutch_too():
    """Bindings are written in English and translated like every message: each screen's
    and the app's bindings have a Dutch description (or are the same word in both)."""
    import importlib
    import pkgutil

    import coachlog.tui.screens
    from coachlog.messages_nl import MESSAGES, SAME_IN_DUTCH
    from coachlog.tui.app import CoachlogApp

    classes: list[type] = [CoachlogApp]
    for module in pkgutil.iter_modules(coachlog.tui.screens.__path__, "coachlog.tui.screens."):
        found = importlib.import_module(module.name)
        classes += [c for c in vars(found).values()
                    if isinstance(c, type) and c.__module__ == module.name and "BINDINGS" in vars(c)]
    from coachlog.tui.screens import navigation_bindings

    bindings = [b for c in classes for b in c.BINDINGS] + navigation_bindings()
    descriptions = {b.description for b in bindings} | {b.group.description for b in bindings if b.group}
    assert "Previous day" in descriptions and MESSAGES["Previous day"] == "Vorige dag"
    untranslated = {d for d in descriptions if d not in MESSAGES}
    assert untranslated <= SAME_IN_DUTCH and "Help" in untranslated


def test_counted_messages_take_the_singular_for_one_and_the_plural_otherwise():
    one, more = "Deleted {count} backup.", "Deleted {count} backups."
    assert [i18n.tn(one, more, n, count=n) for n in (0, 1, 2)] == [
        "Deleted 0 backups.", "Deleted 1 backup.", "Deleted 2 backups."]
    i18n.set_language("nl")
    try:
        assert [i18n.tn(one, more, n, count=n) for n in (1, 2)] == ["1 back-up verwijderd.", "2 back-ups verwijderd."]
    finally:
        i18n.set_language("en")
    wrong = ("Wrong passphrase for {path} ({left} try left)", "Wrong passphrase for {path} ({left} tries left)")
    assert Translator("nl").plural(*wrong, 1, path="j", left=1) == "Verkeerde wachtzin voor j (nog 1 poging)"
    assert Translator("en").plural(*wrong, 2, path="j", left=2) == "Wrong passphrase for j (2 tries left)"


def test_a_change_summary_is_told_in_the_language_of_whoever_undoes_it():
    from coachlog.services.base import change_summary, summary_text

    kept = change_summary("delete entry {entry_id}", entry_id=35)
    assert summary_text(kept) == "delete entry 35"
    i18n.set_language("nl")
    try:
        assert summary_text(kept) == "regel 35 verwijderd"
        assert summary_text("delete entry 7") == "delete entry 7"  # kept as text by an older coachlog
        assert summary_text('{"message": 1}') == '{"message": 1}'  # not one of ours: as it is
    finally:
        i18n.set_language("en")
