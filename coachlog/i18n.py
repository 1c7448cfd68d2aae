"""Dutch and English, one way: gettext-style messages.

Every text is written in English where it is used, marked ``t("...")`` (translate now) or
``N_("...")`` (a constant, translated where it is shown); the English text is the key of
its Dutch text in ``coachlog/messages_nl/``. ``t`` speaks the process's language, the
app's ``tr`` (a :class:`Translator`) the app's, and ``dutch`` always Dutch (reports for
funders). The language comes from ``--lang``, else the config's ``app.language``, else
the system locale (Dutch for a Dutch locale, English otherwise): the same rule for the app
and the command line. tests/test_messages.py checks that every marked text has a Dutch
text with the same placeholders and that no Dutch text is unused.

No gettext .po/.mo files and no Babel: see docs/i18n.md for why.
"""

from __future__ import annotations

import locale
import os

LANGUAGES = ("nl", "en")

def translate_bindings(node: object, language: str) -> None:
    """Give a Textual widget's or screen's key bindings their descriptions in ``language``:
    they are written in English in the code and translated like every other message (t)."""
    if language == "en":
        return
    from dataclasses import replace

    from coachlog.messages_nl import MESSAGES

    bindings = node._bindings  # type: ignore[attr-defined]
    groups: dict[object, object] = {}  # one translated group per group, so the footer still groups them
    for key, key_bindings in bindings.key_to_bindings.items():
        translated = []
        for b in key_bindings:
            group = b.group
            if group is not None:
                if group not in groups:
                    groups[group] = replace(group, description=MESSAGES.get(group.description, group.description))
                group = groups[group]
            translated.append(replace(b, description=MESSAGES.get(b.description, b.description), group=group))
        bindings.key_to_bindings[key] = translated


def detect_language(cli: str | None = None, config: str | None = None) -> str:
    for choice in (cli, config):
        if choice:
            choice = choice.lower()[:2]
            if choice in LANGUAGES:
                return choice
    system = os.environ.get("LC_ALL") or os.environ.get("LC_MESSAGES") or os.environ.get("LANG") or ""
    if not system:
        try:
            system = locale.getlocale()[0] or ""
        except ValueError:
            system = ""
    return "nl" if system.lower().startswith("nl") else "en"


# -- messages of errors and refusals -----------------------------------------------
# Errors are raised deep in the domain and services, far from the screen that shows
# them, so ``t`` reads the process's language: the app sets it when it starts and when
# the coach switches, the command line when it has read --lang and the config.

_language = "en"


def set_language(language: str) -> None:
    global _language
    _language = language if language in LANGUAGES else "en"


def current_language() -> str:
    return _language


def N_(text: str) -> str:  # noqa: N802 - the gettext convention for "mark, translate later"
    """Marks a message where it is defined as a constant; ``t`` translates it where used."""
    return text


def translate(text: str, language: str, values: dict[str, object] | None = None) -> str:
    """``text`` (English, the msgid) in ``language``, with ``values`` filled in."""
    if language == "nl":
        from coachlog.messages_nl import MESSAGES

        text = MESSAGES.get(text, text)
    return text.format(**values) if values else text


def t(text: str, /, **values: object) -> str:
    """The message in the current language, with ``values`` filled in."""
    return translate(text, _language, values)


def tn(singular: str, plural: str, count: int, /, **values: object) -> str:
    """gettext's ngettext: the singular message for one, the plural otherwise (Dutch and
    English agree on that rule), in the current language: "1 try left", "2 tries left"."""
    return translate(singular if count == 1 else plural, _language, values)


def dutch(text: str, /, **values: object) -> str:
    """The message in Dutch whatever the coach's language: reports for funders are Dutch."""
    return translate(text, "nl", values)


def field_label(field: str) -> str:
    """The name of an input field as the coach knows it (``duration`` -> ``duur``)."""
    if _language == "nl":
        from coachlog.messages_nl import FIELDS

        return FIELDS.get(field, field)
    return field


class Translator:
    """``t`` for one language, held by the app: ``tr("Worker")`` -> ``"Werknemer"`` in Dutch."""

    def __init__(self, language: str = "nl") -> None:
        self.language = language if language in LANGUAGES else "en"

    def __call__(self, text: str, /, **values: object) -> str:
        return translate(text, self.language, values)

    def plural(self, singular: str, plural: str, count: int, /, **values: object) -> str:
        """``tn`` in this language."""
        return translate(singular if count == 1 else plural, self.language, values)
