"""Coach data shown on a terminal: control characters made visible; names compared clean."""

from __future__ import annotations

import csv
import io

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coachlog.domain.text import (
    FORMULA_STARTS, Number, SpreadsheetWriter, clean_name, from_spreadsheet_cell, name_key, spreadsheet_cell, visible,
)


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("Piet [/] Slot", "Piet [/] Slot"),
        ("\x1b]0;title\x07", "␛]0;title␇"),
        ("\x1b[2J wiped", "␛[2J wiped"),
        ("line\nnext", "line␊next"),
        ("tab\there", "tab␉here"),
        ("del\x7f", "del␡"),
        ("csi\x9b2J", "csi<U+009B>2J"),
        ("abc\u202edcba", "abc<U+202E>dcba"),
        ("para\u2029graph", "para<U+2029>graph"),
        ("Zoë 👩‍👩‍👧", "Zoë 👩‍👩‍👧"),  # accents and emoji (with zero-width joiners) stay
    ],
)
def test_control_characters_are_shown_not_sent(raw: str, shown: str) -> None:
    assert visible(raw) == shown


def test_newlines_can_be_kept_for_a_field_on_its_own() -> None:
    assert visible("one\ntwo\x1b", keep_newlines=True) == "one\ntwo␛"


@given(st.text())
def test_nothing_a_terminal_obeys_is_left(text: str) -> None:
    shown = visible(text)
    assert not any(ord(c) < 0x20 or 0x7F <= ord(c) <= 0x9F for c in shown)
    assert not set(shown) & set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u2028\u2029")


@pytest.mark.parametrize(
    "variant",
    [
        "Sanne de Vries",
        "Sanne\u200b de Vries",
        "Sanne\u200bde Vries",  # a zero-width space separates words, unseen
        "Sanne de\u2060 Vries",  # a word joiner is dropped
        "Sanne de\u00a0Vries",
        "  sanne   DE vries ",
        "Sanne de Vri\u00ades",  # soft hyphen
        "\u202eSanne de Vries",
    ],
)
def test_names_are_compared_without_invisible_characters(variant: str) -> None:
    assert name_key(variant) == name_key("Sanne de Vries")


def test_names_are_normalised_to_composed_form() -> None:
    decomposed = "Zoe\u0308 Visser"
    assert clean_name(decomposed) == "Zoë Visser"
    assert name_key(decomposed) == name_key("Zoë Visser")


def test_different_names_stay_different() -> None:
    assert name_key("Sanne de Vries") != name_key("Sanne de Vriese")


# -- CSV cells a spreadsheet would run -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "cell"),
    [
        ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
        ("+31 6 00000000", "'+31 6 00000000"),
        ("-5 minuten te laat", "'-5 minuten te laat"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tgetabd", "'\tgetabd"),
        ("\r=1", "'\r=1"),
        ("'=al ontsnapt", "''=al ontsnapt"),  # typed with an apostrophe: one more, so it reads back
        ("''-x", "'''-x"),
        ("'t Hoekje", "'t Hoekje"),  # Dutch names with an apostrophe stay as they are
        ("'s-Hertogenbosch", "'s-Hertogenbosch"),
        ("'", "'"),
        ("Sanne = Vries", "Sanne = Vries"),
        ("", ""),
    ],
)
def test_a_text_cell_a_spreadsheet_would_run_gets_an_apostrophe(text: str, cell: str) -> None:
    assert spreadsheet_cell(text) == cell
    assert from_spreadsheet_cell(cell) == text


@given(st.text(alphabet=st.sampled_from("'=+-@\t\r ax"), max_size=8) | st.text())
def test_every_text_reads_back_as_written_and_never_starts_a_formula(text: str) -> None:
    cell = spreadsheet_cell(text)
    assert from_spreadsheet_cell(cell) == text
    assert not cell.startswith(FORMULA_STARTS)


def test_the_writer_escapes_text_cells_and_leaves_numbers_alone() -> None:
    out = io.StringIO()
    writer = SpreadsheetWriter(out, delimiter=";", lineterminator="\n")
    writer.writerow(["=1+1", -5, Number("-1,50"), "-1,50", None])
    assert out.getvalue() == "'=1+1;-5;-1,50;'-1,50;\n"
    assert [from_spreadsheet_cell(c) for c in next(csv.reader(io.StringIO(out.getvalue()), delimiter=";"))] == [
        "=1+1", "-5", "-1,50", "-1,50", "",
    ]


@pytest.mark.parametrize("note", ["one\rtwo", "\r", "end\r", "mixed\r\nlines\n"])
def test_a_row_with_a_carriage_return_in_a_cell_reads_back_as_one_row(note: str) -> None:
    out = io.StringIO()
    writer = SpreadsheetWriter(out, lineterminator="\n")
    writer.writerow(["Sanne", note, Number("1,50")])
    writer.writerow(["next", "row", 3])
    rows = list(csv.reader(io.StringIO(out.getvalue(), newline="")))
    assert [[from_spreadsheet_cell(c) for c in row] for row in rows] == [
        ["Sanne", note, "1,50"], ["next", "row", "3"],
    ]
    assert out.getvalue().endswith("next,row,3\n")  # rows without one stay minimally quoted
