"""Dutch and English from one catalogue; the language from --lang, the config or the locale."""

from __future__ import annotations

import string

import pytest

from coachlog.i18n import CATALOGUE, Translator, detect_language


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


@pytest.mark.parametrize("key", sorted(CATALOGUE))
def test_every_text_exists_in_both_languages_with_the_same_placeholders(key):
    dutch, english = CATALOGUE[key]
    assert dutch.strip() and english.strip()
    assert _fields(dutch) == _fields(english)


def test_the_translator_fills_in_values():
    assert Translator("nl")("undo.done", summary="x") == "Ongedaan gemaakt: x"
    assert Translator("en")("undo.done", summary="x") == "Undone: x"
    assert Translator("de").language == "en"


def test_every_key_binding_is_described_in_dutch_too():
    """Bindings are written in English and translated like every message: each screen's
    and the app's bindings have a Dutch description (or are the same word in both)."""
    import importlib
    import pkgutil

    import coachlog.tui.screens
    from coachlog.messages_nl import MESSAGES
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
    same_in_both = {"Help", "Timer", "Details"}  # the same word in Dutch: nothing to translate
    assert {d for d in descriptions if d not in MESSAGES} == same_in_both
