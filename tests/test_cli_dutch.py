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


def test_a_config_that_is_not_utf8_is_a_clear_error_and_help_still_works(run, coachlog_home) -> None:
    coachlog_home.mkdir(parents=True, exist_ok=True)
    (coachlog_home / "config.toml").write_bytes(b'[coach]\nname = "Jos\xe9"\n')
    assert run("--version").code == 0  # reading the language from it must not stop any command
    assert run("--help").out.startswith("usage: coachlog")
    result = run("--demo")  # the app reads the whole config
    assert result.code != 0 and "Traceback" not in result.err
    assert "config.toml: not UTF-8 text; save it as UTF-8" in result.err
    assert not (coachlog_home / "journal.coachlog").exists()  # nothing was made on the way


def test_one_mistake_in_the_config_does_not_cost_the_language(run, coachlog_home) -> None:
    coachlog_home.mkdir(parents=True, exist_ok=True)
    (coachlog_home / "config.toml").write_text('[app]\nlanguage = "nl"\nlock_minutes = 0\n', encoding="utf-8")
    result = run("paths")
    assert result.out.startswith("logboek")
    app = run("--lang", "nl", "--demo")  # the app reads the whole config: the mistake is told, in Dutch
    assert app.code != 0 and "app.lock_minutes = 0 moet van 1 tot en met 240 zijn" in app.err


def test_an_unknown_users_home_in_journal_is_a_clear_refusal(run) -> None:
    result = run("--journal", "~nosuchuser-synthetic/j.coachlog", "paths")
    assert result.code == 1 and "Traceback" not in result.err
    assert "--journal: '~nosuchuser-synthetic/j.coachlog' is not accepted; no such user's home folder" in result.err


def test_the_language_option_may_be_shortened_as_argparse_allows(fast_run, seeded) -> None:
    assert fast_run("--lan", "nl", "timer", "status").out == "Er loopt geen timer.\n"
    assert fast_run("--lang=nl", "timer", "status").out == "Er loopt geen timer.\n"


def test_a_number_option_is_refused_in_words_not_as_a_python_type(run) -> None:
    result = run("--lang", "nl", "backup", "--keep", "x")
    assert result.code == 2
    assert "argument --keep: 'x' wordt niet geaccepteerd; geef een geheel getal, zoals 3" in result.err
    assert "int" not in result.err


def test_imports_and_goals_speak_dutch(fast_run, seeded, tmp_path) -> None:
    goal = fast_run("--lang", "nl", "goal", "add", "--grant", str(seeded.grant_id), "Zelfstandig beginnen")
    assert goal.code == 0, goal.err
    edited = fast_run("--lang", "nl", "goal", "edit", "1", "--status", "partly")
    assert edited.out == "Doel 1 opgeslagen (deels behaald)\n"
    assert "deels behaald" in fast_run("--lang", "nl", "goal", "list", "--grant", str(seeded.grant_id)).out
    bad = tmp_path / "bad.csv"
    bad.write_text("date,worker,minutes,colour\n23-11-2026,Sanne de Vries,30,rood\n", encoding="utf-8")
    refused = fast_run("--lang", "nl", "import", str(bad))
    assert refused.code == 1
    assert "1 probleem, er is niets geïmporteerd:" in refused.err
    assert "regel 1: onbekende kolom 'colour'" in refused.err


def test_a_whole_journal_import_counts_in_dutch(run, tmp_path) -> None:
    assert run("worker", "add", "Fleur Synthetisch").code == 0
    assert run("employer", "add", "Bakkerij Voorbeeld").code == 0
    assert run("employer", "add", "Kwekerij Voorbeeld").code == 0
    export = tmp_path / "all.json"
    assert run("export", "--plaintext", "--format", "json", "-o", str(export)).code == 0
    restored = run("--lang", "nl", "--journal", str(tmp_path / "new.coachlog"), "import", str(export))
    assert restored.code == 0, restored.err
    assert restored.out == "Geïmporteerd: 1 werknemer, 2 werkgevers\n"


def test_a_new_passphrase_that_is_too_short_is_asked_again(run, monkeypatch, coachlog_home) -> None:
    from coachlog import passphrase

    answers = iter(["kort", "lang genoeg wachtwoord", "lang genoeg wachtwoord"])
    monkeypatch.setattr(passphrase, "interactive", lambda: True)
    monkeypatch.setattr(passphrase, "_ask", lambda prompt: next(answers))
    result = run("--lang", "nl", "worker", "add", "Fleur Synthetisch", passphrase=None)
    assert result.code == 0, result.err
    assert "wachtzin: '(verborgen)' wordt niet geaccepteerd; een nieuwe wachtzin heeft minstens 12 tekens" in result.err
    assert "kort" not in result.err
    assert (coachlog_home / "journal.coachlog").exists()


def test_a_short_passphrase_from_the_environment_makes_no_journal(run, coachlog_home) -> None:
    result = run("worker", "list", passphrase="kort")
    assert result.code == 1
    assert "passphrase: '(hidden)' is not accepted; a new passphrase has at least 12 characters" in result.err
    assert not (coachlog_home / "journal.coachlog").exists()


def test_paths_names_the_reports_folder_beside_the_journal(run, tmp_path) -> None:
    lines = run("paths").out.splitlines()
    assert lines[-1].startswith("reports") and lines[-1].endswith("/reports")
    elsewhere = run("--journal", str(tmp_path / "elders" / "j.coachlog"), "paths").out.splitlines()
    assert elsewhere[-1].split()[-1] == str(tmp_path / "elders" / "reports")


def test_a_report_names_its_file_after_its_own_period(seeded) -> None:
    from datetime import date

    from coachlog.services.insights import Insights

    insights = Insights(seeded.app)
    assert insights.report("month", month="2026-10").file_name("md") == "maandoverzicht-2026-10.md"
    assert insights.report("own", month="2026-10").file_name("csv") == "eigen-maand-2026-10.csv"
    billing = insights.billing_report(date(2026, 10, 1), date(2026, 10, 31))
    assert billing.file_name("html") == "declaratie-2026-10-01-2026-10-31.html"
