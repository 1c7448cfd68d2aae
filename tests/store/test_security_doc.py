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


def test_the_passphrase_check_uses_the_settings_the_journal_has(journal):
    """coachlog checks a passphrase itself (store/cipher.py) before SQLCipher sees the file;
    its constants must be the journal's settings, and SECURITY.md must say how it works."""
    from coachlog.store import cipher

    connection = journal._dbapi
    pragma = lambda name: connection.execute(f"PRAGMA {name}").fetchone()[0]  # noqa: E731
    assert int(pragma("kdf_iter")) == cipher.KDF_ITERATIONS
    assert int(pragma("cipher_page_size")) == cipher.PAGE_SIZE
    assert int(pragma("fast_kdf_iter")) == cipher.HMAC_KDF_ITERATIONS
    assert len(bytes.fromhex(pragma("cipher_salt"))) == cipher.SALT_SIZE
    text = " ".join((Path(__file__).parents[2] / "SECURITY.md").read_text(encoding="utf-8").split())
    for claim in ("before SQLite opens the file at all", "keyed with that raw key and salt",
                  "XOR `0x3a`, 2 iterations", "created with mode 0600", "mode 0700 from their first moment",
                  "`.NAME.coachlog-PID-XXXXXXXX.partial`"):
        assert claim in text, claim
