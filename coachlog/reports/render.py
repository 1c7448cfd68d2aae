"""Render a report Document to Markdown, self-contained HTML, or CSV (Dutch Excel style).

The HTML has its styles inline and references nothing outside itself: no fonts, scripts
or images from anywhere, so it prints and archives as it is.

Coach data is text in every format: HTML escapes it, Markdown escapes what would make it
markup (a tag, a link or image, emphasis, a table's column or row), CSV escapes a text
cell a spreadsheet would run as a formula (domain.text.SpreadsheetWriter).
"""

from __future__ import annotations

import html
import io
import re
from datetime import date
from fractions import Fraction

from coachlog.domain.formats import day_text, hours_text, money_text
from coachlog.domain.text import Number, SpreadsheetWriter
from coachlog.reports.document import (
    Cell,
    Chart,
    Checklist,
    Document,
    Fields,
    Hours,
    Money,
    Paragraph,
    Table,
    ToFill,
)

FORMATS = ("md", "html", "csv")
TO_FILL = "IN TE VULLEN"
BAR_WIDTH = 30


def field_text(cell: Cell) -> str:
    """A cell beside a label: hours carry their unit there (tables say it in the header)."""
    text = cell_text(cell)
    return f"{text} uur" if isinstance(cell, Hours) else text


def cell_text(cell: Cell) -> str:
    if cell is None:
        return ""
    if isinstance(cell, Hours):
        return hours_text(cell.minutes)
    if isinstance(cell, Money):
        return money_text(cell.euros)
    if isinstance(cell, date):
        return day_text(cell)
    return str(cell)


def _bar(minutes: Fraction | int, scale: Fraction, char: str) -> str:
    if scale <= 0:
        return ""
    return char * int(round(Fraction(minutes) / scale * BAR_WIDTH))


def chart_lines(chart: Chart) -> list[str]:
    """Text bars: █ worker, ▒ employer, ░ other; | marks the budget."""
    top = max([Fraction(r.budget) for r in chart.rows]
              + [Fraction(r.worker + r.employer + r.other) for r in chart.rows] + [Fraction(1)])
    label_width = max((len(r.label) for r in chart.rows), default=0)
    lines = []
    for row in chart.rows:
        bar = _bar(row.worker, top, "█") + _bar(row.employer, top, "▒") + _bar(row.other, top, "░")
        budget_at = int(round(Fraction(row.budget) / top * BAR_WIDTH))
        cells = list(bar.ljust(BAR_WIDTH + 1))
        if 0 < budget_at <= BAR_WIDTH:
            cells[budget_at] = "|" if cells[budget_at] == " " else "┃"
        spent = row.worker + row.employer + row.other
        mark = f"  ← {row.mark}" if row.mark else ""
        lines.append(
            f"{row.label.ljust(label_width)} {''.join(cells)} {hours_text(spent)} / {hours_text(row.budget)} u{mark}"
        )
    return lines


# -- Markdown ------------------------------------------------------------------------


# Markdown's (CommonMark's and GitHub's) inline syntax: a backslash before one of these
# shows the character itself. [ and ] make links and images (and ! before [), ` code,
# * _ ~ emphasis, | a table's columns, # a heading's closing; \ escapes itself.
_MD_SPECIAL = re.compile(r"([\\`*_~\[\]|#])")
# A line break ends a list item or a table row: in one line of text it becomes a space.
_MD_LINE_BREAK = re.compile(r"\r\n|\r|\n")


# GitHub's Markdown (and Textual's "gfm-like", with linkify-it) makes a link of a bare
# web address, of a name like example.nl and of a mail address; an escaped colon before
# //, dot before two letters (a top-level domain), or @ shows the same text without one.
_MD_AUTOLINK = re.compile(r"(?<=[A-Za-z0-9])(?::(?=//)|\.(?=[A-Za-z]{2}))|@")
# What starts a list or a rule at the start of a line: - or + before a space or another
# - or +, and "1." or "1)" before a space. (A quote's > is an entity already; indent,
# which would start a code block, is dropped: Markdown shows no leading white space.)
_MD_BLOCK_START = re.compile(r"^(?:([-+])(?=[-+ \t]|$)|(\d{1,9})([.)])(?=[ \t]|$))")


def _md_escape(text: str) -> str:
    """Text as Markdown that shows it, and nothing else: no tag (< > & as entities), no
    link or image (a bare web address included), no emphasis, no list, quote or code
    block, no extra column or row. Only white space at the start, which a Markdown reader
    would not show, is left out."""
    text = html.escape(text, quote=False)
    text = _MD_SPECIAL.sub(r"\\\1", text)
    text = _MD_AUTOLINK.sub(lambda m: "\\" + m.group(0), text)
    text = _MD_LINE_BREAK.sub(" ", text).lstrip(" \t")
    return _MD_BLOCK_START.sub(lambda m: f"\\{m.group(1)}" if m.group(1) else f"{m.group(2)}\\{m.group(3)}", text)


def to_markdown(document: Document) -> str:
    md = _md_escape
    out = [f"# {md(document.title)}", "", f"_{md(document.subtitle)}_", ""]
    for section in document.sections:
        out += [f"## {md(section.title)}", ""]
        for block in section.blocks:
            if isinstance(block, Fields):
                out += [f"- **{md(label)}:** {md(field_text(value)) or f'**[{TO_FILL}]**'}"
                        for label, value in block.items]
            elif isinstance(block, Table):
                if not block.rows:
                    out.append(md(block.empty))
                else:
                    out.append("| " + " | ".join(md(column) for column in block.columns) + " |")
                    out.append("|" + "|".join("---" for _ in block.columns) + "|")
                    for row in block.rows + ([block.total] if block.total else []):
                        bold = row is block.total
                        cells = [md(cell_text(c)) for c in row]
                        out.append("| " + " | ".join(f"**{c}**" if bold and c else c for c in cells) + " |")
            elif isinstance(block, Paragraph):
                out.append(md(block.text))
            elif isinstance(block, ToFill):
                hint = f" — {md(block.hint)}" if block.hint else ""
                out.append(f"**[{TO_FILL}] {md(block.label)}**{hint}")
                out += [f"- [ ] {md(option)}" for option in block.options]
                if not block.options:
                    out += ["", "> ", ""]
            elif isinstance(block, Checklist):
                out += [f"- [ ] {md(item)}" for item in block.items]
            elif isinstance(block, Chart):
                if block.caption:
                    out.append(md(block.caption))
                    out.append("")
                out += ["```", *chart_lines(block), "", "█ werknemer  ▒ werkgever  ░ netwerk  | budget", "```"]
            out.append("")
    out += [f"_{md(line)}_" for line in document.footer]
    return "\n".join(out).rstrip() + "\n"


# -- HTML ----------------------------------------------------------------------------

_STYLE = """
@page { size: A4; margin: 18mm 16mm; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
       font-size: 10.5pt; color: #1a1a1a; max-width: 190mm; margin: 0 auto; line-height: 1.4; }
h1 { font-size: 17pt; margin: 0 0 2pt; }
.subtitle { color: #555; margin: 0 0 12pt; }
h2 { font-size: 12.5pt; border-bottom: 1.5pt solid #2b5d8a; padding-bottom: 2pt; margin: 16pt 0 6pt;
     break-after: avoid; }
table { border-collapse: collapse; width: 100%; margin: 4pt 0 8pt; font-size: 9pt; }
th, td { border: 0.5pt solid #bbb; padding: 2pt 4pt; text-align: left; vertical-align: top; }
th { background: #eef3f8; font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
td.num, td:first-child, td.date { white-space: nowrap; }
tr.total td { font-weight: bold; border-top: 1.2pt solid #333; }
tr { break-inside: avoid; }
dl.fields { display: grid; grid-template-columns: max-content 1fr; gap: 2pt 12pt; margin: 0; }
dl.fields dt { font-weight: 600; }
dl.fields dd { margin: 0; }
.tofill { border: 1pt dashed #b35c00; background: #fff7ec; padding: 5pt 7pt; margin: 6pt 0; min-height: 28pt; }
.tofill .label { font-weight: 600; color: #8a4500; }
.tofill ul, ul.check { list-style: none; padding-left: 2pt; margin: 4pt 0 0; }
.box { display: inline-block; width: 9pt; height: 9pt; border: 1pt solid #333; margin-right: 5pt;
       vertical-align: -1pt; }
.missing { color: #8a4500; font-weight: 600; }
.chart { margin: 4pt 0 8pt; font-size: 9pt; }
.chart .row { display: grid; grid-template-columns: 36mm 1fr 30mm; align-items: center; gap: 6pt;
              min-height: 14pt; }
.chart .row > div:first-child, .chart .row > div:last-child { white-space: nowrap; }
.chart .track { position: relative; height: 9pt; background: #f2f2f2; }
.chart .seg { position: absolute; top: 0; height: 9pt; }
.chart .w { background: #2b5d8a; } .chart .e { background: #7fb0d8; } .chart .o { background: #c9c9c9; }
.chart .budget { position: absolute; top: -2pt; height: 13pt; border-left: 2pt solid #c0392b; }
.chart .mark { color: #555; font-size: 7.5pt; border: 0.5pt solid #999; border-radius: 2pt; padding: 0 2pt; }
.legend span { display: inline-block; margin-right: 10pt; font-size: 9pt; }
.legend i { display: inline-block; width: 10pt; height: 8pt; margin-right: 3pt; vertical-align: 0; }
footer { margin-top: 16pt; color: #555; font-size: 9pt; border-top: 0.5pt solid #bbb; padding-top: 4pt; }
"""


def _is_number(cell: Cell) -> bool:
    return isinstance(cell, (Hours, Money, int)) and not isinstance(cell, bool)


def _html_table(block: Table) -> str:
    if not block.rows:
        return f"<p>{html.escape(block.empty)}</p>"
    numeric = [any(_is_number(row[i]) for row in block.rows) for i in range(len(block.columns))]
    head = "".join(
        f'<th class="num">{html.escape(c)}</th>' if numeric[i] else f"<th>{html.escape(c)}</th>"
        for i, c in enumerate(block.columns)
    )
    body = []
    for row in block.rows + ([block.total] if block.total else []):
        cls = ' class="total"' if row is block.total else ""
        cells = "".join(
            f'<td class="num">{html.escape(cell_text(c))}</td>' if numeric[i]
            else f'<td class="date">{html.escape(cell_text(c))}</td>' if isinstance(c, date)
            else f"<td>{html.escape(cell_text(c))}</td>"
            for i, c in enumerate(row)
        )
        body.append(f"<tr{cls}>{cells}</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


def _html_chart(block: Chart) -> str:
    top = max([Fraction(r.budget) for r in block.rows]
              + [Fraction(r.worker + r.employer + r.other) for r in block.rows] + [Fraction(1)])

    def pct(value: Fraction | int) -> str:
        return f"{float(Fraction(value) / top * 100):.2f}%"

    rows = []
    for r in block.rows:
        left = Fraction(0)
        segs = []
        for value, cls in ((r.worker, "w"), (r.employer, "e"), (r.other, "o")):
            if value:
                segs.append(f'<div class="seg {cls}" style="left:{pct(left)};width:{pct(value)}"></div>')
                left += Fraction(value)
        budget = f'<div class="budget" style="left:{pct(r.budget)}"></div>' if r.budget else ""
        mark = f' <span class="mark">{html.escape(r.mark)}</span>' if r.mark else ""
        spent = r.worker + r.employer + r.other
        rows.append(
            f'<div class="row"><div>{html.escape(r.label)}{mark}</div><div class="track">{"".join(segs)}{budget}</div>'
            f'<div class="num">{hours_text(spent)} / {hours_text(r.budget)} u</div></div>'
        )
    legend = (
        '<div class="legend"><span><i class="w" style="background:#2b5d8a"></i>werknemer</span>'
        '<span><i style="background:#7fb0d8"></i>werkgever</span><span><i style="background:#c9c9c9"></i>netwerk</span>'
        '<span><i style="border-left:2pt solid #c0392b;background:none"></i>budget</span></div>'
    )
    caption = f"<p>{html.escape(block.caption)}</p>" if block.caption else ""
    return f'{caption}<div class="chart">{"".join(rows)}</div>{legend}'


def to_html(document: Document) -> str:
    parts = [
        "<!DOCTYPE html>",
        '<html lang="nl"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{html.escape(document.title)}</title><style>{_STYLE}</style></head><body>",
        f"<h1>{html.escape(document.title)}</h1>",
        f'<p class="subtitle">{html.escape(document.subtitle)}</p>',
    ]
    for section in document.sections:
        parts.append(f"<section><h2>{html.escape(section.title)}</h2>")
        for block in section.blocks:
            if isinstance(block, Fields):
                items = "".join(
                    f"<dt>{html.escape(label)}</dt>"
                    f"<dd>{html.escape(field_text(value)) or f'<span class=missing>[{TO_FILL}]</span>'}</dd>"
                    for label, value in block.items
                )
                parts.append(f'<dl class="fields">{items}</dl>')
            elif isinstance(block, Table):
                parts.append(_html_table(block))
            elif isinstance(block, Paragraph):
                parts.append(f"<p>{html.escape(block.text)}</p>")
            elif isinstance(block, ToFill):
                hint = f" — {html.escape(block.hint)}" if block.hint else ""
                options = "".join(f'<li><span class="box"></span>{html.escape(o)}</li>' for o in block.options)
                parts.append(
                    f'<div class="tofill"><span class="label">[{TO_FILL}] {html.escape(block.label)}</span>{hint}'
                    + (f"<ul>{options}</ul>" if options else "")
                    + "</div>"
                )
            elif isinstance(block, Checklist):
                items = "".join(f'<li><span class="box"></span>{html.escape(i)}</li>' for i in block.items)
                parts.append(f'<ul class="check">{items}</ul>')
            elif isinstance(block, Chart):
                parts.append(_html_chart(block))
        parts.append("</section>")
    if document.footer:
        parts.append("<footer>" + "<br>".join(html.escape(line) for line in document.footer) + "</footer>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


# -- CSV -----------------------------------------------------------------------------


def _csv_cell(cell: Cell, text: str) -> str | Number:
    """A typed number (hours, euros, a count) or a date is written as it is; any other
    cell is text, which the writer escapes where a spreadsheet would run it."""
    if isinstance(cell, (Hours, Money, int, date)) and not isinstance(cell, bool):
        return Number(text)
    return text


def to_csv(document: Document) -> str:
    """Semicolons and decimal commas, as Dutch Excel reads them; one block after another."""
    out = io.StringIO()
    writer = SpreadsheetWriter(out, delimiter=";", lineterminator="\n")
    writer.writerow([document.title, document.subtitle])
    for section in document.sections:
        for block in section.blocks:
            if isinstance(block, Table):
                writer.writerow([])
                writer.writerow([section.title])
                writer.writerow(block.columns)
                for row in block.rows + ([block.total] if block.total else []):
                    writer.writerow([_csv_cell(c, cell_text(c)) for c in row])
            elif isinstance(block, Fields):
                writer.writerow([])
                writer.writerow([section.title])
                for label, value in block.items:
                    text = field_text(value)
                    writer.writerow([label, _csv_cell(value, text) if text else f"[{TO_FILL}]"])
            elif isinstance(block, Chart):
                writer.writerow([])
                writer.writerow([section.title])
                writer.writerow(["maand", "budget", "werknemer", "werkgever", "overig"])
                for r in block.rows:
                    writer.writerow(
                        [r.label, *(Number(hours_text(v)) for v in (r.budget, r.worker, r.employer, r.other))]
                    )
    for line in document.footer:
        writer.writerow([line])
    return out.getvalue()


def render(document: Document, fmt: str) -> str:
    if fmt == "md":
        return to_markdown(document)
    if fmt == "html":
        return to_html(document)
    if fmt == "csv":
        return to_csv(document)
    raise ValueError(f"unknown report format {fmt!r}; use md, html or csv")
