"""Coach data on screen: always literal text, never markup, never a raw control character.

Textual parses a ``str`` given to ``Static``, ``Label``, ``notify``, a ``DataTable`` cell,
a ``Select`` or an ``OptionList`` as markup: a worker named ``Piet [/] Slot`` then crashes
the screen, and ``[@click=app.quit]`` becomes a live action. And Textual sends an ESC in a
string to the terminal as it is. So every widget of this app gets coach data as
``Content`` made here, from plain strings with their control characters shown
(:func:`coachlog.domain.text.visible`), and every ``Input`` that can hold coach data is a
:class:`DataInput`, which shows its value the same way while keeping it unchanged.
"""

from __future__ import annotations

from rich.segment import Segment
from rich.text import Text
from textual.content import Content
from textual.strip import Strip
from textual.visual import VisualType
from textual.widgets import Input, Static

from coachlog.domain.text import visible

__all__ = ["DataInput", "Plain", "literal", "multiline", "plain", "safe"]


def plain(text: str) -> Content:
    """``text`` as it is, on one line: no markup, control characters and line breaks shown."""
    return Content(visible(text))


def multiline(text: str) -> Content:
    """``text`` as it is, its line breaks kept (a field shown on its own, a whole report)."""
    return Content(visible(text, keep_newlines=True))


def safe(content: Content, *, keep_newlines: bool = True) -> Content:
    """``content`` (assembled from coach data and styles) with its control characters shown,
    one sign for one character so that its styles stay where they were; its line breaks
    kept unless ``keep_newlines`` is False (one table row, one chart line)."""
    shown = _one_for_one(content.plain, keep_newlines=keep_newlines)
    return content if shown == content.plain else Content(shown, list(content.spans))


def literal(text: str) -> Text:
    """Coach data as a Rich ``Text`` (for Rich-based widgets such as ``DataTable``)."""
    return Text(visible(text))


def _one_for_one(text: str, *, keep_newlines: bool = False) -> str:
    """Control characters replaced one for one (a cursor position stays a position)."""
    if visible(text, keep_newlines=keep_newlines) == text:
        return text
    return "".join(char if keep_newlines and char == "\n" else _picture_of(char) for char in text)


def _picture_of(char: str) -> str:
    shown = visible(char)
    return shown if len(shown) == 1 else "\ufffd"  # <U+202E> would move the cursor; one sign instead


class DataInput(Input):
    """An Input for coach data: its value stays exactly what was typed or loaded, but an
    ESC or another control character in it (a note pasted from elsewhere) is drawn as a
    visible sign (``␛``), never sent to the terminal."""

    def render_line(self, y: int) -> Strip:
        strip = super().render_line(y)
        if all(visible(segment.text) == segment.text for segment in strip):
            return strip
        return Strip([Segment(_one_for_one(segment.text), segment.style, segment.control) for segment in strip])


class Plain(Static):
    """A Static for text that may hold coach data: a string is shown literally (never read
    as markup), and control characters are shown, in strings and in ``Content`` alike."""

    def __init__(self, content: VisualType = "", **options: object) -> None:
        super().__init__(_shown(content), markup=False, **options)  # type: ignore[arg-type]

    def update(self, content: VisualType = "", *, layout: bool = True) -> None:
        super().update(_shown(content), layout=layout)


def _shown(content: VisualType) -> VisualType:
    if isinstance(content, str):
        return multiline(content)
    if isinstance(content, Content):
        return safe(content)
    return content
