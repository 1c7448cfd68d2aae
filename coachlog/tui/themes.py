"""Themes from the themes/ folder: coachlog.tcss for layout, one TOML file per theme.

In a wheel the folder ships as ``coachlog/themes``; in an editable install it is only at
the repository root, so both places are looked in (package first). A broken theme file
gives one notice and the default theme; it never stops the app.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # Textual is imported when the themes are loaded
    from textual.theme import Theme

DEFAULT_THEME = "coachlog-dark"
_FIELDS = ("primary", "secondary", "warning", "error", "success", "accent", "foreground", "background",
           "surface", "panel", "boost")


def themes_dir() -> Path:
    package_dir = Path(__file__).resolve().parent.parent / "themes"
    if (package_dir / "coachlog.tcss").exists():
        return package_dir
    return Path(__file__).resolve().parent.parent.parent / "themes"


@dataclass
class LoadedThemes:
    themes: list[Theme] = field(default_factory=list)
    problems: list[tuple[Path, str]] = field(default_factory=list)


def load_themes(directory: Path | None = None) -> LoadedThemes:
    from textual.theme import Theme

    directory = directory or themes_dir()
    loaded = LoadedThemes()
    for path in sorted(directory.glob("*.toml")):
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
            unknown = set(data) - {"name", "dark", *_FIELDS}
            if unknown:
                raise ValueError(f"unknown key {sorted(unknown)[0]!r}")
            if not isinstance(data.get("name"), str) or not isinstance(data.get("primary"), str):
                raise ValueError("a theme needs a name and a primary colour")
            theme = Theme(
                name=data["name"], dark=bool(data.get("dark", True)),
                **{key: data[key] for key in _FIELDS if key in data},
            )
            # Textual checks colours lazily; parse them now so a typo is caught here.
            from textual.color import Color

            for key in _FIELDS:
                if key in data:
                    Color.parse(data[key])
            loaded.themes.append(theme)
        except Exception as error:  # a broken file must never stop the app
            loaded.problems.append((path, str(error)))
    return loaded
