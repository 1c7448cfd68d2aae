"""Hostile strings (markup, [@click=...], escape sequences, control characters, bidi
overrides, very long texts, formula prefixes, tags and links) as worker, employer, funder,
goal and note: every CSV, Markdown and HTML output reads back as the same text, with no
live formula, tag or link.

CSV is read with the csv module (and the importer's read-back rule), HTML with
html.parser, Markdown rendered by markdown-it-py (CommonMark with GitHub's tables, as
Textual ships it) and then read with html.parser. One journal per test function, a few
rows added per example (creating a journal costs ~0.5 s). Synthetic names only."""

from __future__ import annotations

import csv
import io
import re
from datetime import date, timedelta
from decimal import Decimal
from html.parser import HTMLParser
from itertools import count
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings

from coachlog.domain.text import FORMULA_STARTS, from_spreadsheet_cell
from coachlog.exchange import read_csv_rows
from coachlog.services.insights import Insights
from coachlog.reports.render import render
from coachlog.services import EntryDraft
from tests.hostile import TEXT

NAMES = count(1)

# The tags of coachlog's HTML template, and of Markdown's tables, lists and headings.
HTML_TAGS = {"html", "head", "meta", "title", "style", "body", "h1", "h2", "p", "section", "dl", "dt", "dd", "table",
             "thead", "tbody", "tr", "th", "td", "span", "div", "ul", "li", "i", "footer", "br"}
MD_TAGS = {"h1", "h2", "p", "em", "strong", "ul", "li", "table", "thead", "tbody", "tr", "th", "td", "pre", "code",
           "blockquote", "input"}
SETTINGS = dict(deadline=None, database=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                    HealthCheck.too_slow])


class Page(HTMLParser):
    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: set[str] = set()
        self.attributes: set[str] = set()
        self.chunks: list[str] = []
        self.feed(text)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        self.attributes |= {name for name, _ in attrs}

    def handle_data(self, data: str) -> None:
        self.chunks.append(data)

    @property
    def text(self) -> str:
        return "".join(self.chunks)


def squeeze(text: str) -> str:
    """White space as a Markdown reader sees it (a line break in one line of text is a
    space; markdown-it shows NUL as U+FFFD)."""
    return " ".join(text.replace("\x00", "\ufffd").split())


def live_formulas(cells: list[str]) -> list[str]:
    """Cells a spreadsheet would run: a formula start, unless the cell is a plain number."""
    return [c for c in cells if c.startswith(FORMULA_STARTS) and not re.fullmatch(r"-[0-9.]+(,[0-9]+)?", c)]


def add_rows(app: Any, worker: str, employer: str, funder: str, goal: str, note: str) -> dict[str, str]:
    """One worker with an employment, grant, goal, entry and ladder step holding the hostile
    texts; returns them as the journal keeps them (names cleaned, notes trimmed)."""
    n = next(NAMES)
    worker = app.add_worker(f"{worker[:150]} {n}").name
    employer = app.add_employer(f"{employer[:150]} {n}").name
    funder = app.add_funder(f"{funder[:150]} {n}", "uwv-extern").name
    employment = app.add_employment(worker, employer, date(2026, 3, 1), Decimal(24))
    grant = app.add_grant(employment.id, funder, date(2026, 3, 1), regime="midden")
    goal_row = app.add_goal(grant.id, f"{goal[:150]} {n}", period_no=2)
    # The days of November before today in turn (period 2; the reports look at November):
    # one day holds at most 24 hours, and a shared journal gets many examples.
    day = date(2026, 11, 1) + timedelta(days=n % 22)
    [entry] = app.log(EntryDraft(day=day, minutes=30, workers=[worker], employer=employer,
                                 goal_id=goal_row.id, note=note[:1900], travel_km=Decimal("12.5")))
    app.add_measurement(worker, date(2026, 11, 2), 3, note=note[:1900])
    return {"worker": worker, "employer": employer, "funder": funder, "goal": goal_row.text, "note": entry.note,
            "grant": str(grant.id)}


@pytest.fixture
def hostile_app(app: Any, fast_run: Any) -> Any:
    return app


@settings(max_examples=25, **SETTINGS)
@given(worker=TEXT, employer=TEXT, note=TEXT)
@example(worker="=cmd|' /C calc'!A0", employer="@SUM(A1)", note="'=al ontsnapt\n-1+1\r\n\t=2")
def test_entries_csv_and_the_plaintext_export_read_back_as_the_same_text(
    hostile_app: Any, fast_run: Any, worker: str, employer: str, note: str
) -> None:
    kept = add_rows(hostile_app, worker, employer, "UWV", "doel", note)
    for argv in (("entries", "--all", "--format", "csv"), ("export", "--plaintext", "--format", "csv")):
        result = fast_run(*argv)
        assert result.code == 0, result.err
        cells = [cell for row in csv.reader(io.StringIO(result.out)) for cell in row]
        assert live_formulas(cells) == []
        rows = [row for _, row in read_csv_rows(result.out, "x")]  # the importer's own reading
        assert {"worker": kept["worker"], "employer": kept["employer"], "note": kept["note"].strip()} in [
            {key: row[key] for key in ("worker", "employer", "note")} for row in rows
        ]


@settings(max_examples=12, **SETTINGS)
@given(worker=TEXT, employer=TEXT, funder=TEXT, goal=TEXT, note=TEXT)
@example(worker="<script>alert(1)</script>", employer="[klik](http://example.invalid)",
         funder="![x](http://example.invalid/x.png)", goal="a | b\nc", note="\\| *vet* `code` &amp; <b>")
def test_every_report_in_every_format_shows_the_text_and_runs_nothing(
    hostile_app: Any, worker: str, employer: str, funder: str, goal: str, note: str
) -> None:
    from markdown_it import MarkdownIt

    kept = add_rows(hostile_app, worker, employer, funder, goal, note)
    insights = Insights(hostile_app)
    reports = {
        "month": (insights.report("month", month="2026-11"), ["worker", "employer", "funder"]),
        "period": (insights.report("period", grant=kept["grant"], period="2"),
                   ["worker", "employer", "funder", "goal", "note"]),
        "progress": (insights.report("progress", worker=kept["worker"]), ["worker", "employer", "funder", "goal", "note"]),
        "billing": (insights.report("billing", date_from="2026-11-01", date_to="2026-11-30"), ["funder"]),
        "own": (insights.report("own", month="2026-11"), []),
    }
    markdown = MarkdownIt("gfm-like")  # as GitHub and the app's preview read it: tables, linkify-it
    for kind, (document, shown) in reports.items():
        texts = [kept[key] for key in shown]

        as_csv = render(document, "csv")
        cells = [cell for row in csv.reader(io.StringIO(as_csv), delimiter=";") for cell in row]
        assert live_formulas(cells) == [], kind
        read_back = [from_spreadsheet_cell(cell) for cell in cells]
        for text in texts:
            assert any(text in cell for cell in read_back), (kind, "csv", text)

        page = Page(render(document, "html"))
        assert page.tags <= HTML_TAGS, (kind, page.tags - HTML_TAGS)
        assert not {name for name in page.attributes if name.startswith("on") or name in {"href", "src"}}, kind
        for text in texts:
            assert text in page.text, (kind, "html", text)

        source = render(document, "md")
        assert not re.search(r"<[A-Za-z/!?]", source), kind  # no raw tag, comment or autolink
        shown_md = Page(markdown.render(source))
        assert shown_md.tags <= MD_TAGS, (kind, shown_md.tags - MD_TAGS)
        assert not {"href", "src"} & shown_md.attributes, kind
        for text in texts:
            assert squeeze(text) in squeeze(shown_md.text), (kind, "md", text)


def test_a_markdown_table_keeps_its_columns_with_pipes_and_line_breaks_in_the_data(hostile_app: Any) -> None:
    """The example the property test is about, spelled out: one row, nine cells."""
    from markdown_it import MarkdownIt

    kept = add_rows(hostile_app, "Piet [/] Slot", "Bakkerij | Jansen", "UWV", "doel \\| twee", "een | twee\ndrie \\|")
    source = render(Insights(hostile_app).report("period", grant=kept["grant"], period="2"), "md")
    html = MarkdownIt("commonmark").enable("table").render(source)
    [row] = [r for r in re.findall(r"<tr>(.*?)</tr>", html, flags=re.S) if "drie" in r]
    cells = re.findall(r"<td>(.*?)</td>", row, flags=re.S)
    assert len(cells) == 9
    assert cells[7] == "een | twee drie \\|"
    assert re.fullmatch(r"doel \\\| twee [0-9]+", cells[6]), cells[6]
