"""Coach data is text: how it is shown on a terminal, and how names are compared.

Pure functions, stdlib only. Every front end that puts a name, a note or a goal on a
terminal (the command line's tables and echoes, the app's widgets) passes it through
:func:`visible`, so an escape sequence in a note is shown, never obeyed. Names are kept
and compared through :func:`clean_name` and :func:`name_key`, so "Sanne de Vries" and the
same name with a zero-width space in it are one worker, not two. Every CSV file coachlog
writes passes its text cells through :func:`spreadsheet_cell`, and the importer reads them
back through :func:`from_spreadsheet_cell`, so a note never runs as a spreadsheet formula.
"""

from __future__ import annotations

import csv
import unicodedata
from collections.abc import Iterable
from typing import Any, TextIO

__all__ = ["Number", "SpreadsheetWriter", "clean_name", "from_spreadsheet_cell", "name_key", "spreadsheet_cell",
           "visible"]

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


# A zero-width space separates words as a space does, only unseen: "Sanne\u200bde Vries"
# is "Sanne de Vries" to whoever reads it, so it counts as white space, not as nothing.
_UNSEEN_SPACES = frozenset("\u200b")


def clean_name(text: str) -> str:
    """A name as it is kept: Unicode-normalised (NFC), without invisible characters
    (zero-width joiners, bidi controls, soft hyphens, control characters), with every run
    of white space (no-break and zero-width spaces included) made one space, and trimmed."""
    normal = unicodedata.normalize("NFC", text)
    kept = "".join(
        " " if char.isspace() or char in _UNSEEN_SPACES else char
        for char in normal
        if char.isspace() or char in _UNSEEN_SPACES or unicodedata.category(char) not in ("Cc", "Cf")
    )
    return " ".join(kept.split())


def name_key(text: str) -> str:
    """What two names are compared by: :func:`clean_name`, case-folded."""
    return clean_name(text).casefold()


# What a spreadsheet (Excel, LibreOffice, Google Sheets) reads as the start of a formula or
# of a command: OWASP's advice on CSV injection names these six.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _escaped_form(text: str) -> bool:
    """``text`` is one or more apostrophes followed by a formula start: the form that
    :func:`spreadsheet_cell` gives a text it escaped, so such a text needs one more."""
    rest = text.lstrip("'")
    return len(rest) < len(text) and rest.startswith(FORMULA_STARTS)


def spreadsheet_cell(text: str) -> str:
    """A text cell for a CSV file that a spreadsheet shows as text instead of running it.

    A text that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets an
    apostrophe in front (spreadsheets show a leading apostrophe as "this is text"). So
    that :func:`from_spreadsheet_cell` can tell an added apostrophe from a typed one, a
    text that already is apostrophes followed by such a character gets one more too.
    Anything else, "'t Hoekje" and "'s-Hertogenbosch" included, is left as it is.
    Numbers are not text cells: a caller passes them as numbers, not through here.
    """
    if text.startswith(FORMULA_STARTS) or _escaped_form(text):
        return "'" + text
    return text


def from_spreadsheet_cell(text: str) -> str:
    """The text :func:`spreadsheet_cell` was given: one apostrophe taken off a cell of the
    escaped form (apostrophes, then a formula start), any other cell as it is."""
    return text[1:] if _escaped_form(text) else text


class Number:
    """A cell of a CSV file that holds a number formatted by coachlog (``1,50``, ``-0,25``,
    ``12.5``): written as it is. Text typed by a coach is never wrapped in this."""

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text

    def __str__(self) -> str:  # the csv module writes what str() gives
        return self.text


class SpreadsheetWriter:
    """:func:`csv.writer` for every CSV file coachlog writes: each text cell passes through
    :func:`spreadsheet_cell`; ints and :class:`Number` cells are written as they are.

    The csv module quotes a cell only for the characters of its own line ending, so with
    ``"\n"`` a lone carriage return inside a note would go out bare and every reader
    (spreadsheets and the csv module alike) would end the row there. A row holding one is
    written fully quoted instead; every other row stays minimally quoted.
    """

    def __init__(self, out: TextIO, **fmtparams: Any) -> None:
        self._writer = csv.writer(out, **fmtparams)
        self._quoted = csv.writer(out, **{**fmtparams, "quoting": csv.QUOTE_ALL})

    def writerow(self, row: Iterable[Any]) -> None:
        cells = [spreadsheet_cell(cell) if isinstance(cell, str) else cell for cell in row]
        bare_cr = any(isinstance(cell, str) and "\r" in cell for cell in cells)
        (self._quoted if bare_cr else self._writer).writerow(cells)

    def writerows(self, rows: Iterable[Iterable[Any]]) -> None:
        for row in rows:
            self.writerow(row)
