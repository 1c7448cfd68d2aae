"""The coach's settings: a TOML file (stdlib tomllib). Unknown keys are errors that name
the file and the key, with the nearest known key as a suggestion."""

from __future__ import annotations

import difflib
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from coachlog.errors import ConfigError

KNOWN: dict[str, dict[str, type]] = {
    "coach": {"name": str, "organisation": str},
    "app": {"theme": str, "language": str, "lock_minutes": int},
}


@dataclass
class Config:
    coach_name: str = ""
    organisation: str = ""
    theme: str = "coachlog-dark"
    language: str = ""
    lock_minutes: int = 10


def _suggest(key: str, known: list[str]) -> str:
    close = difflib.get_close_matches(key, known, n=1)
    return f"; did you mean {close[0]!r}?" if close else f"; known keys: {', '.join(known)}"


def parse_config(data: dict[str, Any], path: Path) -> Config:
    config = Config()
    for section, values in data.items():
        if section not in KNOWN:
            raise ConfigError(f"{path}: unknown section [{section}]{_suggest(section, list(KNOWN))}")
        if not isinstance(values, dict):
            raise ConfigError(f"{path}: [{section}] must be a table")
        for key, value in values.items():
            if key not in KNOWN[section]:
                raise ConfigError(f"{path}: unknown key {section}.{key}{_suggest(key, list(KNOWN[section]))}")
            expected = KNOWN[section][key]
            if not isinstance(value, expected) or isinstance(value, bool):
                raise ConfigError(
                    f"{path}: {section}.{key} = {value!r} should be {'text' if expected is str else 'a whole number'}"
                )
    coach = data.get("coach", {})
    app = data.get("app", {})
    config.coach_name = coach.get("name", "")
    config.organisation = coach.get("organisation", "")
    config.theme = app.get("theme", config.theme)
    config.language = app.get("language", "")
    config.lock_minutes = app.get("lock_minutes", config.lock_minutes)
    if not 1 <= config.lock_minutes <= 240:
        raise ConfigError(f"{path}: app.lock_minutes = {config.lock_minutes} should be from 1 to 240")
    return config


def load_config(path: Path) -> Config:
    if not path.exists():
        return Config()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: not valid TOML ({error})") from None
    return parse_config(data, path)


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    escaped = str(value).replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"'


def remember(path: Path, key: str, value: Any) -> None:
    """Set ``app.KEY`` in the config file (theme, language), keeping the other settings.

    The file is rewritten from its settings: comments in it are not kept."""
    from coachlog.store.files import private_folder, write_private

    data: dict[str, Any] = {}
    if path.exists():
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        parse_config(data, path)
    data.setdefault("app", {})[key] = value
    parse_config(data, path)
    lines = []
    for section in KNOWN:
        if data.get(section):
            lines.append(f"[{section}]")
            lines += [f"{k} = {_toml_value(v)}" for k, v in data[section].items()]
            lines.append("")
    private_folder(path.parent)  # 0700 from its first moment, with any parents it makes
    write_private(path, "\n".join(lines))
