"""Coach data is text: how it is shown on a terminal, and how names are compared.

Pure functions, stdlib only. Every front end that puts a name, a note or a goal on a
terminal (the command line's tables and echoes, the app's widgets) passes it through
:func:`visible`, so an escape sequence in a note is shown, never obeyed. Names are kept
and compared through :func:`clean_name` and :func:`name_key`, so "Sanne de Vries" and the
same name with a zero-width space in it are one worker, not two.
"""

from __future__ import annotations

import unicodedata

__all__ = ["clean_name", "name_key", "visible"]

# Characters that reorder the text around them (bidi embeddings, overrides and isolates):
# a name holding one can make a line read differently from what it holds ("Trojan Source").
_BIDI_CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
# Line and paragraph separators break a terminal line as a newline does.
_LINE_BREAKERS = frozenset("\u2028\u2029\x85")


def _picture(char: str) -> str:
    """A visible stand-in for one control character."""
    code = ord(char)
    if code < 0x20:
        return chr(0x2400 + code)  # the Unicode "control pictures": ␛ for ESC, ␊ for LF, ...
    if code == 0x7F:
        return "\u2421"  # ␡
    return f"<U+{code:04X}>"


def _needs_picture(char: str) -> bool:
    return char in _BIDI_CONTROLS or char in _LINE_BREAKERS or unicodedata.category(char) == "Cc"


def visible(text: str, *, keep_newlines: bool = False) -> str:
    """``text`` with every control character shown as a visible sign instead of sent raw.

    ESC becomes ``␛``, a tab ``␉``, a newline ``␊`` (kept as a real line break with
    ``keep_newlines``, for a multi-line field shown on its own), C1 controls, bidi controls
    and line separators ``<U+202E>``. Everything else, accents and emoji included, is
    left as it is. Text without control characters comes back unchanged (the same object).
    """
    if text.isprintable() and not any(char in _BIDI_CONTROLS for char in text):
        return text
    out = []
    for char in text:
        if keep_newlines and char == "\n":
            out.append(char)
        elif _needs_picture(char):
            out.append(_picture(char))
        else:
            out.append(char)
    return "".join(out)


def clean_name(text: str) -> str:
    """A name as it is kept: Unicode-normalised (NFC), without invisible characters
    (zero-width spaces and joiners, bidi controls, soft hyphens, control characters), with
    every run of white space (no-break spaces included) made one space, and trimmed."""
    normal = unicodedata.normalize("NFC", text)
    kept = "".join(
        " " if char.isspace() else char
        for char in normal
        if char.isspace() or unicodedata.category(char) not in ("Cc", "Cf")
    )
    return " ".join(kept.split())


def name_key(text: str) -> str:
    """What two names are compared by: :func:`clean_name`, case-folded."""
    return clean_name(text).casefold()
