"""Reports (F5): choose a report and its month, grant or period, preview it, export it.

The report comes from ``Insights.report(kind, ...)``, the same call as ``coachlog report``,
and an export is ``render(document, fmt)`` written by ``write_output``, the command line's
own way to write ``-o FILE``: the app and the CLI write the same bytes. Building runs in
thread workers; a refusal is marked at its field and nothing is written."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from dateutil.relativedelta import relativedelta
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.suggester import SuggestFromList
from textual.widgets import Button, Footer, Input, Label, Markdown, OptionList, RadioButton, RadioSet, Static
from textual.widgets._markdown import MarkdownTableContent
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from coachlog.domain import model, parsing
from coachlog.domain.formats import day_text
from coachlog.domain.text import visible
from coachlog.errors import InvalidInput
from coachlog.i18n import N_, translate_bindings
from coachlog.tui.screens import QUIT_AND_HELP, navigation_bindings
from coachlog.tui.screens.base import CoachlogScreen
from coachlog.tui.widgets.text import DataInput, Plain
from coachlog.tui.widgets.validators import Rule

# kind -> (catalogue key of its name, its parameter fields, the file name's word)
KINDS: dict[str, tuple[str, tuple[str, ...], str]] = {
    "month": (N_("Month overview"), ("month",), "maandoverzicht"),
    "period": (N_("Accountability report"), ("grant", "period"), "verantwoording"),
    "progress": (N_("Progress report"), ("worker", "period"), "voortgang"),
    "billing": (N_("Billing overview"), ("from", "to"), "declaratie"),
    "own": (N_("Own month"), ("month",), "eigen-maand"),
}


def preview_parser() -> Any:
    """Textual's own Markdown flavour without linkify-it: a web address or mail address in a
    note stays text in the preview (the report escapes them too)."""
    from markdown_it import MarkdownIt

    return MarkdownIt("gfm-like", {"linkify": False})


# The report's parameters and their labels.
PARAMS = {"month": N_("Month"), "grant": N_("Grant"), "worker": N_("Worker"), "period": N_("Period"),
          "from": N_("From"), "to": N_("Until")}
FORMATS = ("md", "html", "csv")
# The field an error names (Insights.report, the services) -> the Input that shows it.
ERROR_FIELDS = {"month": "month", "grant": "grant", "--period": "period", "period": "period", "worker": "worker",
                "--from": "from", "--to": "to", "path": "path"}


@dataclass
class Choices:
    """What the parameter fields suggest: grants as (id, label), workers with a grant."""

    grants: list[tuple[int, str]] = field(default_factory=list)
    workers: list[str] = field(default_factory=list)


def default_path(folder: Path, kind: str, fmt: str, month: date) -> Path:
    """Before a preview: the report's kind and month; after one, the report names its own
    period (Document.file_name)."""
    return folder / f"{KINDS[kind][2]}-{month:%Y-%m}.{fmt}"


def natural_width(headers: list[Any], rows: list[list[Any]]) -> int:
    """How wide a table reads well: each column as wide as its longest cell (at most 24,
    and at least its header's longest word), plus its padding and line, plus a little slack."""
    width = 2
    for i, header in enumerate(headers):
        cells = [row[i].plain for row in rows if i < len(row)]
        longest = max([len(c) for c in cells] + [1])
        word = max([len(w) for w in header.plain.split()] + [1])
        width += max(min(longest, 24), word) + 3
    return width


def _whole_number(field_name: str, text: str) -> int:
    try:
        return int(text.strip())
    except ValueError:
        raise InvalidInput(field_name, text, "give a whole number, e.g. 1") from None


class ReportsScreen(CoachlogScreen):
    BINDINGS = [
        *QUIT_AND_HELP,
        Binding("ctrl+r", "preview", N_("Preview"), priority=True),
        Binding("ctrl+s", "export", N_("Export"), priority=True),
        Binding("escape", "to_kinds", N_("Back"), show=False),
        *navigation_bindings(),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.kind = "month"
        self.fmt = "html"
        self.choices = Choices()
        self.preview_text = ""
        self.written: Path | None = None
        self._path_typed = False  # the coach typed a path: stop suggesting one
        self._suggested_path = ""
        self._named: tuple[str, Any] | None = None  # (kind, the last previewed Document)


    def compose(self) -> ComposeResult:
        tr = self.tr
        translate_bindings(self, tr.language)
        app = self.coach_app
        today = app.today()
        with Horizontal(id="reports-main"):
            with VerticalScroll(id="report-side"):
                yield Plain(tr("Report"), classes="pane-title")
                yield OptionList(*[Option(tr(key), id=kind) for kind, (key, _, _) in KINDS.items()], id="report-kind")
                with Vertical(id="report-controls"):
                    yield from self._param_rows(today)
                    yield Plain("", id="report-hint", classes="muted")
                    yield Plain("", id="report-error")
                yield Plain(tr("Export"), classes="pane-title")
                with Vertical(id="report-export-box"):
                    with RadioSet(id="report-format", compact=True):
                        for fmt in FORMATS:
                            yield RadioButton(fmt, value=fmt == self.fmt, id=f"fmt-{fmt}")
                    with Horizontal(classes="report-row"):
                        yield Label(tr("File"))
                        yield DataInput(id="r-path", compact=True)
                    yield Button(tr("Export (Ctrl+S)"), id="report-export", compact=True, variant="primary")
                    yield Plain("", id="report-path")
            with Vertical(id="report-right"):
                yield Plain(tr("Building the preview…"), id="report-title", classes="pane-title")
                with VerticalScroll(id="report-preview"):
                    # No link of the data is ever made or opened (linkify off, links not opened).
                    yield Markdown("", id="report-md", parser_factory=preview_parser, open_links=False)
        yield Footer(compact=True, show_command_palette=False)

    def _param_rows(self, today: date) -> ComposeResult:
        tr = self.tr
        last_month = today.replace(day=1) - relativedelta(months=1)
        month_end = last_month + relativedelta(months=1, days=-1)
        values = {"month": f"{last_month:%Y-%m}", "from": day_text(last_month), "to": day_text(month_end)}
        placeholders = {"month": "2026-10 · oktober 2026", "grant": "1", "worker": "Sanne…",
                        "period": tr("empty: the last"), "from": "01-10-2026", "to": "31-10-2026"}
        validators = {
            "month": [Rule(lambda text: parsing.parse_month(text, self.coach_app.today()))],
            "grant": [Rule(lambda text: _whole_number("grant", text))],
            "period": [Rule(lambda text: _whole_number("--period", text), optional=True)],
            "from": [Rule(lambda text: parsing.parse_date(text, self.coach_app.today(), "--from"))],
            "to": [Rule(lambda text: parsing.parse_date(text, self.coach_app.today(), "--to"))],
        }
        for name in PARAMS:
            with Horizontal(classes="report-row", id=f"row-{name}"):
                yield Label(tr(PARAMS[name]))
                yield DataInput(values.get(name, ""), id=f"r-{name}", compact=True, placeholder=placeholders[name],
                            validators=validators.get(name))

    def on_mount(self) -> None:
        self.query_one("#report-kind", OptionList).highlighted = 0
        self.query_one("#report-kind", OptionList).focus()
        self.show_params()
        self.suggest_path()
        self.load_choices()
        self.build_preview()

    # -- parameters ------------------------------------------------------------------

    def params(self) -> dict[str, str]:
        """The fields this kind uses, as Insights.report's keyword arguments."""
        names = {"from": "date_from", "to": "date_to"}
        return {names.get(name, name): self.query_one(f"#r-{name}", Input).value
                for name in KINDS[self.kind][1]}

    def show_params(self) -> None:
        used = KINDS[self.kind][1]
        for name in PARAMS:
            self.query_one(f"#row-{name}").display = name in used
        self.show_hint()

    def show_hint(self) -> None:
        tr = self.tr
        hint = ""
        if self.kind == "period":
            hint = "\n".join(label for _, label in self.choices.grants) or tr("No grants yet; add them in Manage (F6).")
        elif self.kind == "progress":
            hint = ", ".join(self.choices.workers) or tr("No grants yet; add them in Manage (F6).")
        self.query_one("#report-hint", Static).update(hint)

    def _month_of_params(self) -> date:
        """The month in the suggested file name: the report's month, else this month."""
        app = self.coach_app
        today = app.today()
        try:
            if self.kind in ("month", "own"):
                return parsing.parse_month(self.query_one("#r-month", Input).value, today)
            if self.kind == "billing":
                return parsing.parse_date(self.query_one("#r-from", Input).value, today).replace(day=1)
        except InvalidInput:
            pass
        return today.replace(day=1)

    def suggest_path(self) -> None:
        if self._path_typed:
            return
        if self._named is not None and self._named[0] == self.kind:
            path = self.coach_app.reports_dir / self._named[1].file_name(self.fmt)
        else:
            path = default_path(self.coach_app.reports_dir, self.kind, self.fmt, self._month_of_params())
        self._suggested_path = str(path)
        self.query_one("#r-path", Input).value = self._suggested_path

    @on(Input.Changed, "#r-path")
    def path_changed(self, event: Input.Changed) -> None:
        event.input.remove_class("-refused")
        self._path_typed = event.value != self._suggested_path

    @on(Input.Changed, "#report-controls Input")
    def param_changed(self, event: Input.Changed) -> None:
        event.input.remove_class("-refused")
        self._named = None  # the previewed report is no longer the one asked for
        self.suggest_path()
        self.show_error(self._first_invalid())

    def _first_invalid(self) -> str:
        for name in KINDS[self.kind][1]:
            widget = self.query_one(f"#r-{name}", Input)
            result = widget.validate(widget.value)
            if result is not None and not result.is_valid:
                return result.failure_descriptions[0]
        return ""

    def show_error(self, text: str) -> None:
        self.query_one("#report-error", Static).update(text)

    @work(thread=True, exclusive=True, group="choices")
    def load_choices(self) -> None:
        app = self.coach_app
        service = self.service
        workers, employers = service.names()
        funders = {model.saved_id(f): f.name for f in service.list_funders()}
        employments = {model.saved_id(e): e for e in service.list_employments()}
        grants, with_grant = [], []
        for grant in service.list_grants():
            employment = employments[grant.employment_id]
            worker = workers.get(employment.worker_id, "")
            grants.append((model.saved_id(grant), f"{grant.id}: {worker} @ {employers.get(employment.employer_id, '')} "
                                     f"({funders.get(grant.funder_id, '')})"))
            if worker not in with_grant:
                with_grant.append(worker)
        app.call_from_thread(self.show_choices, Choices(grants, with_grant))

    def show_choices(self, choices: Choices) -> None:
        self.choices = choices
        grant = self.query_one("#r-grant", Input)
        grant.suggester = SuggestFromList([str(g) for g, _ in choices.grants])
        if not grant.value and choices.grants:
            grant.value = str(choices.grants[0][0])
        worker = self.query_one("#r-worker", Input)
        worker.suggester = SuggestFromList(choices.workers, case_sensitive=False)
        if not worker.value and choices.workers:
            worker.value = choices.workers[0]
        self.show_hint()

    # -- choosing and previewing -----------------------------------------------------

    @on(OptionList.OptionHighlighted, "#report-kind")
    def kind_chosen(self, event: OptionList.OptionHighlighted) -> None:
        kind = event.option.id or "month"
        if kind == self.kind:  # on_mount builds the first one
            return
        self.kind = kind
        self.query_one("#report-path", Static).update("")
        self.show_params()
        self.suggest_path()
        self.build_preview()

    @on(OptionList.OptionSelected, "#report-kind")
    def kind_selected(self) -> None:
        """Enter on a report: on to its first field."""
        self.query_one(f"#r-{KINDS[self.kind][1][0]}", Input).focus()

    @on(Input.Submitted, "#report-controls Input")
    def action_preview(self) -> None:
        self.build_preview()

    def action_to_kinds(self) -> None:
        self.query_one("#report-kind", OptionList).focus()

    def _clear_marks(self) -> None:
        for widget in self.query(Input):
            widget.remove_class("-refused")
        self.show_error("")

    def _check_fields(self) -> bool:
        """Validate this kind's fields now; mark the first invalid one. True when all pass."""
        invalid = self._first_invalid()
        if invalid:
            self.show_error(invalid)
            for name in KINDS[self.kind][1]:
                widget = self.query_one(f"#r-{name}", Input)
                if not widget.is_valid:
                    widget.add_class("-refused")
            return False
        return True

    def build_preview(self) -> None:
        self._clear_marks()
        if not self._check_fields():
            self.query_one("#report-title", Static).update(self.tr("No preview"))
            return
        self.query_one("#report-title", Static).update(self.tr("Building the preview…"))
        self.run_preview(self.kind, self.params())

    @work(thread=True, exclusive=True, group="preview")
    def run_preview(self, kind: str, params: dict[str, str]) -> None:
        from coachlog.errors import CoachlogError
        from coachlog.reports.render import render

        app = self.coach_app
        try:
            document = self.insights.report(kind, **params)
            text = render(document, "md")
        except CoachlogError as error:
            if not get_current_worker().is_cancelled:
                app.call_from_thread(self.refused, error, False)
            return
        if not get_current_worker().is_cancelled:
            # Textual awaits a coroutine function given to call_from_thread; its typing cannot
            # infer a result type from one (it expects Callable[..., Awaitable[Never]]).
            app.call_from_thread(self.previewed, kind, document)
            app.call_from_thread(self.show_preview, document.title, text)  # type: ignore[arg-type]

    def previewed(self, kind: str, document: Any) -> None:
        """The preview's report names the file it would be written to (its own period)."""
        self._named = (kind, document)
        self.suggest_path()

    async def show_preview(self, title: str, text: str) -> None:
        self.preview_text = text
        self.query_one("#report-title", Static).update(self.tr("Preview: {title}", title=title))
        markdown = self.query_one("#report-md", Markdown)
        # The report's own Markdown, with any control character in a name or note shown
        # (the Markdown renderer escapes what Markdown itself would read; see reports.render).
        await markdown.update(visible(text, keep_newlines=True))
        # A wide table keeps readable columns and scrolls sideways (CSS) instead of squeezing.
        for table in markdown.query(MarkdownTableContent):
            table.styles.min_width = natural_width(table.headers, table.rows)
        self.query_one("#report-preview", VerticalScroll).scroll_home(animate=False)

    def refused(self, error: Any, exporting: bool, at: str | None = None) -> None:
        name = at or ERROR_FIELDS.get(getattr(error, "field", "") or getattr(error, "kind", ""))
        if name:
            self.query_one(f"#r-{name}", Input).add_class("-refused")
        self.show_error(str(error))
        key = N_("Nothing written") if exporting else N_("No preview")
        if not exporting:
            self._named = None
            self.query_one("#report-title", Static).update(self.tr(key))
        self.notify(self.tr(key) + ": " + str(error), severity="error", timeout=10)

    # -- exporting -------------------------------------------------------------------

    @on(RadioSet.Changed, "#report-format")
    def format_chosen(self, event: RadioSet.Changed) -> None:
        self.fmt = FORMATS[event.index]
        if self._path_typed:
            # Keep the coach's file name; give it the format's extension.
            widget = self.query_one("#r-path", Input)
            path = Path(widget.value.strip())
            if widget.value.strip() and path.suffix.lstrip(".") in FORMATS:
                widget.value = str(path.with_suffix(f".{self.fmt}"))
        else:
            self.suggest_path()

    @on(Button.Pressed, "#report-export")
    @on(Input.Submitted, "#r-path")
    def action_export(self) -> None:
        self._clear_marks()
        if not self._check_fields():
            self.notify(self.tr("Nothing written") + ": " + self._first_invalid(), severity="error", timeout=10)
            return
        path_text = self.query_one("#r-path", Input).value.strip()
        if not path_text:
            self.refused(InvalidInput("path", None, self.tr("give a file name, e.g. ~/report.html")), True)
            return
        self.query_one("#report-path", Static).update(self.tr("Writing…"))
        suggested = path_text == self._suggested_path
        self.run_export(self.kind, self.params(), self.fmt, Path(path_text).expanduser(), suggested)

    @work(thread=True, exclusive=True, group="export")
    def run_export(self, kind: str, params: dict[str, str], fmt: str, path: Path, suggested: bool = False) -> None:
        from coachlog.errors import CoachlogError
        from coachlog.reports.render import render
        from coachlog.services.journal import write_output

        app = self.coach_app
        try:
            document = self.insights.report(kind, **params)
            text = render(document, fmt)
            if suggested:  # coachlog's own suggestion: the report written names its own file
                path = app.reports_dir / document.file_name(fmt)
        except CoachlogError as error:
            app.call_from_thread(self.export_refused, error, None)
            return
        try:
            written = write_output(path, text, reports=app.reports_dir)
        except CoachlogError as error:
            app.call_from_thread(self.export_refused, error, "path")
            return
        app.call_from_thread(self.exported, written)

    def export_refused(self, error: Any, at: str | None) -> None:
        self.query_one("#report-path", Static).update("")
        self.refused(error, True, at)

    def exported(self, path: Path) -> None:
        self.written = path
        message = self.tr("Written to {path}", path=str(path))
        self.query_one("#report-path", Static).update(message)
        self.notify(message)
