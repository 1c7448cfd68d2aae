"""``coachlog export`` and ``coachlog import``: CSV and JSON (not encrypted, with a
warning) and the encrypted export that moves a whole journal to another machine."""

from __future__ import annotations

from pathlib import Path

from coachlog.cli.arguments import input_file
from coachlog.cli.context import Context
from coachlog.cli.main import EXIT_OK
from coachlog.cli.output import counted, say, write_output
from coachlog.errors import CoachlogError, InvalidInput
from coachlog.i18n import N_, t, tn


def cmd_export(ctx: Context) -> int:
    from coachlog.exchange import entries_csv
    from coachlog.services import Exchange

    args = ctx.args
    if args.encrypted:
        return _export_encrypted(ctx)
    if not args.plaintext:
        raise InvalidInput(
            "export", args.format,
            t("an export is NOT encrypted: add --plaintext to confirm, or use coachlog backup for an encrypted copy"),
        )
    exchange = Exchange(ctx.app)
    if args.format == "json":
        text = exchange.journal_json()
    else:
        text = entries_csv(exchange.entry_records(ctx.app.entries()))
    say(
        t("warning: this export is not encrypted and holds client data (private notes are left out); keep it safe "
          "and delete it when done"),
        err=True,
    )
    write_output(text, args.output)
    return EXIT_OK


def _export_encrypted(ctx: Context) -> int:
    from coachlog.passphrase import ENV_EXPORT_PASSPHRASE, FOR_EXPORT, new_passphrase
    from coachlog.services import journal as journals

    args = ctx.args
    if not args.output or args.output == "-":
        raise InvalidInput("--output", args.output, "an encrypted export is a file: give -o FILE")
    journal = ctx.journal
    secret = new_passphrase(FOR_EXPORT, env=ENV_EXPORT_PASSPHRASE)
    written = journals.export_encrypted(journal, Path(args.output), secret)
    say(t("Encrypted export written to {written}; it holds everything, private notes too, and opens only with the "
          "passphrase you just chose. On the other machine: coachlog import FILE", written=written))
    return EXIT_OK


def _import_encrypted(ctx: Context, path: Path) -> int:
    """An encrypted export becomes the journal, where none exists yet."""
    from coachlog import passphrase
    from coachlog.services import journal as journals

    target = ctx.paths.journal
    if journals.journal_exists(target):
        raise CoachlogError(
            t("{path} is an encrypted export: it becomes a whole journal, and {target} already exists. Import it "
              "where there is none yet, e.g. coachlog --journal NEW.coachlog import FILE", path=path, target=target)
        )

    passphrase.unlock(path, lambda secret: journals.verify_encrypted_export(path, secret, target=target))
    journals.install_encrypted_export(path, target)
    say(t("Imported the encrypted export as {target}. It opens with the export's passphrase; change it with coachlog "
          "passwd.", target=target))
    return EXIT_OK


def cmd_import(ctx: Context) -> int:
    from coachlog.services.journal import looks_like_journal

    args = ctx.args
    path = input_file(args.file, "file", N_("a CSV or JSON file, or an encrypted export"))
    if path.is_file() and looks_like_journal(path):
        return _import_encrypted(ctx, path)
    try:
        # Bytes, decoded: read_text would turn a carriage return inside a quoted note into
        # a line feed, and the import would not read its own export back.
        text = path.read_bytes().decode("utf-8-sig")
    except FileNotFoundError:
        raise CoachlogError(t("no file {path}", path=path)) from None
    except UnicodeDecodeError:
        raise CoachlogError(t("{path} is not UTF-8 text; save it as CSV UTF-8 and try again", path=path)) from None
    except OSError as error:  # no permission, a device, ...
        raise CoachlogError(t("cannot read {path}: {error}", path=path, error=error.strerror or error)) from None
    kind = args.format or ("json" if path.suffix.lower() == ".json" else "csv")
    app = ctx.app  # before the imports below: the key is derived while they are made
    from coachlog.exchange import read_csv_rows, read_json
    from coachlog.services import Exchange

    exchange = Exchange(app)
    if kind == "json":
        document = read_json(text, str(path))
        if "coachlog_export" in document:
            counts = exchange.import_journal(document, str(path))
            say(t("Imported {done}", done=", ".join(counted(name, n) for name, n in counts.items() if n)))
            return EXIT_OK
        records = document.get("entries")
        if not isinstance(records, list) or not all(isinstance(r, dict) for r in records):
            raise CoachlogError(t("{path}: expected {{\"entries\": [ ... ]}} or a coachlog export", path=path))
        rows = [(number, {str(k): "" if v is None else str(v) for k, v in record.items()})
                for number, record in enumerate(records, start=1)]
    else:
        rows = read_csv_rows(text, str(path))
    saved = exchange.import_entries(rows, str(path), create_missing=args.create_missing, force=args.force)
    if not saved:
        # No change was recorded, so undo would take back the change before: do not offer it.
        say(t("No entries in {path}; nothing was imported", path=path))
        return EXIT_OK
    say(tn("Imported {count} entry from {path} (coachlog undo takes it out again)",
           "Imported {count} entries from {path} (coachlog undo takes them out again)", len(saved),
           count=len(saved), path=path))
    return EXIT_OK
