"""The command line speaks Dutch when --lang, the config or the system's locale says so,
by the same rule as the app (issue 14): its messages, questions, tables, errors, help
and argparse's own words. Reports for funders are Dutch in either language."""

from __future__ import annotations

import pytest

from coachlog import i18n
from coachlog.cli import main


def test_lang_nl_makes_messages_tables_and_errors_dutch(fast_run, seeded) -> None:
    added = fast_run("--lang", "nl", "worker", "add", "Fleur Synthetisch")
    assert added.code == 0 and added.out == "Werknemer Fleur Synthetisch toegevoegd\n"
    listed = fast_run("--lang", "nl", "worker", "list")
    header = listed.out.splitlines()[0].split()
    assert header == ["naam", "status"] and "actief" in listed.out
    refused = fast_run("--lang", "nl", "log", "25x", "--worker", "Sanne")
    assert refused.code == 1
    assert refused.err.startswith("coachlog: duur: '25x' wordt niet geaccepteerd; gebruik minuten zoals 90")
    logged = fast_run("--lang", "nl", "log", "gisteren", "1u30", "--worker", "Sanne", "--with", "werkgever")
    assert logged.out == "Regel 1 gelogd: 22-11-2026 1:30 Sanne de Vries (Werkgever, Begeleiding leidinggevende)\n"
    listed = fast_run("--lang", "nl", "entries", "--all")
    assert listed.out.split()[:4] == ["nr", "datum", "begin", "tijd"] and "Werkgever  Begeleiding leidinggevende" in listed.out
    # The same commands in English, in the same process: the language is per run.
    assert fast_run("worker", "add", "Joost Synthetisch").out == "Added worker Joost Synthetisch\n"
    assert i18n.current_language() == "en"


def test_the_config_and_the_locale_choose_dutch_and_lang_overrules_both(fast_run, seeded, coachlog_home,
                                                                        monkeypatch) -> None:
    (coachlog_home / "config.toml").write_text('[app]\nlanguage = "nl"\n', encoding="utf-8")
    assert fast_run("timer", "status").out == "Er loopt geen timer.\n"
    assert fast_run("--lang", "en", "timer", "status").out == "No timer is running.\n"
    (coachlog_home / "config.toml").unlink()
    assert fast_run("timer", "status").out == "No timer is running.\n"
    monkeypatch.setenv("LANG", "nl_NL.UTF-8")
    assert fast_run("timer", "status").out == "Er loopt geen timer.\n"
    assert fast_run("--lang=en", "timer", "status").out == "No timer is running.\n"


def test_help_and_argparse_speak_dutch(run) -> None:
    helped = run("--lang", "nl", "--help")
    assert helped.code == 0
    assert helped.out.startswith("gebruik: coachlog")
    assert "opties:" in helped.out and "toon deze hulp en stop" in helped.out
    assert "show this help" not in helped.out
    log_help = run("--lang", "nl", "log", "--help")
    assert "datum (standaard vandaag" in log_help.out and "--worker" in log_help.out
    wrong = run("--lang", "nl", "worker", "fly")
    assert wrong.code == 2
    assert "coachlog worker: fout: argument VERB: ongeldige keuze: 'fly' (kies uit" in wrong.err
    missing = run("--lang", "nl", "report", "period")
    assert missing.code == 2 and "deze argumenten ontbreken: grant" in missing.err
    # English stays argparse's own words.
    assert run("--help").out.startswith("usage: coachlog")


def test_the_passphrase_questions_are_dutch(run, monkeypatch, coachlog_home) -> None:
    from coachlog import passphrase

    asked: list[str] = []
    monkeypatch.setattr(passphrase, "interactive", lambda: True)
    monkeypatch.setattr(passphrase, "_ask", lambda prompt: asked.append(prompt) or "")
    result = run("--lang", "nl", "worker", "list", passphrase=None)
    assert result.code != 0
    assert asked[0] == "Nieuwe wachtzin voor het nieuwe logboek: "
    assert "De wachtzin mag niet leeg zijn." in result.err
    assert not (coachlog_home / "journal.coachlog").exists()  # nothing was created


@pytest.mark.parametrize("argv", [["--lang", "nl", "paths"], ["--lang", "en", "paths"]])
def test_main_leaves_the_language_of_the_process_as_it_was(argv, capsys) -> None:
    i18n.set_language("en")
    assert main(argv) == 0
    assert i18n.current_language() == "en"
    out = capsys.readouterr().out
    assert out.startswith("logboek" if "nl" in argv else "journal")
