"""SECURITY.md's way to open a journal without coachlog, run as written."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlcipher3

from tests.conftest import PASSPHRASE


def test_a_journal_opens_with_sqlcipher_alone_and_exports_to_plain_sqlite(seeded, journal_path: Path, tmp_path: Path):
    seeded.app.store.journal.close()
    db = sqlcipher3.connect(str(journal_path))
    db.execute(f"PRAGMA key = '{PASSPHRASE}'")
    assert db.execute("SELECT count(*) FROM workers").fetchone() == (2,)
    plain = tmp_path / "plain-copy.db"
    db.execute(f"ATTACH DATABASE '{plain}' AS plain KEY ''")
    db.execute("SELECT sqlcipher_export('plain')")
    db.execute("DETACH DATABASE plain")
    db.close()
    copy = sqlite3.connect(plain)  # the standard library's SQLite, no key
    assert sorted(name for (name,) in copy.execute("SELECT name FROM workers")) == ["Daan Bakker", "Sanne de Vries"]
    copy.close()


def test_the_documented_settings_are_the_ones_in_force(journal):
    connection = journal._dbapi
    settings = {p: str(connection.execute(f"PRAGMA {p}").fetchone()[0]) for p in (
        "kdf_iter", "cipher_page_size", "cipher_hmac_algorithm", "cipher_kdf_algorithm", "cipher_use_hmac",
        "cipher_plaintext_header_size")}
    assert settings == {"kdf_iter": "256000", "cipher_page_size": "4096", "cipher_hmac_algorithm": "HMAC_SHA512",
                        "cipher_kdf_algorithm": "PBKDF2_HMAC_SHA512", "cipher_use_hmac": "1",
                        "cipher_plaintext_header_size": "0"}
    text = (Path(__file__).parents[2] / "SECURITY.md").read_text(encoding="utf-8")
    assert "256 000 iterations" in text and "HMAC-SHA512" in text and "4096 bytes" in text
