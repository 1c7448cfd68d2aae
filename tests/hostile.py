"""Hostile strings for the tests of issue 13: markup, [@click=...], escape sequences,
control characters, bidi overrides, very long texts, formula prefixes, tags and links,
and pieces of ordinary synthetic names. Shared by the output tests and the app test."""

from __future__ import annotations

from hypothesis import strategies as st

PIECES = [
    "[/]", "[@click=app.quit]", "[b]vet[/b]", "\x1b]0;titel\x07", "\x1b[2J", "\x07", "\x9b31m", "\u202e", "\u2066",
    "\u200b", "\u00ad", "=", "+", "-", "@", "\t", "\r", "\n", "'", "<script>alert(1)</script>", "</td></tr>",
    "<img src=x onerror=alert(1)>", "&amp;", "&lt;b&gt;", "&#60;i&#62;", "[klik](http://example.invalid)",
    "![plaatje](http://example.invalid/x.png)", "<http://example.invalid>", "[ref]: http://example.invalid", "|",
    "*", "**", "_", "`", "```", "#", "\\", "\\|", "~~", "Sanne", "de Vries", " ", "é", "👩‍👩‍👧", ";", ",", '"',
    "=HYPERLINK(\"http://example.invalid\")", "http://example.invalid/plan", "www.example.invalid", "voorbeeld.nl",
    "a@b.nl", "mailto:a@b.nl", "- ", "+ ", "1. ", "2) ", "    ", "---", "> ", "-1+1", "@SUM(A1)", "'=x", "\\[", "]", "(", ")",
]
SHORT = st.lists(st.sampled_from(PIECES) | st.text(max_size=4), min_size=1, max_size=10).map("".join)
LONG = st.builds(lambda piece, times: piece * times, st.sampled_from(PIECES), st.integers(30, 80))
TEXT = SHORT | LONG
