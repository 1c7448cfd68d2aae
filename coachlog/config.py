"""The coach's settings: a TOML file (stdlib tomllib). Unknown keys are errors that name
the file and the key, with the nearest known key as a suggestion."""

from __future__ import annotations

import difflib
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from coachlog.errors import ConfigError
from coachlog.i18n import t

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
    if close:
        return t("; did you mean {key}?", key=repr(close[0]))
    return t("; known keys: {keys}", keys=", ".join(known))


def parse_config(data: dict[str, Any], path: Path) -> Config:
    config = Config()
    for section, values in data.items():
        if section not in KNOWN:
            raise ConfigError(t("{path}: unknown section [{section}]{suggestion}", path=path, section=section,
                                suggestion=_suggest(section, list(KNOWN))))
        if not isinstance(values, dict):
            raise ConfigError(t("{path}: [{section}] must be a table", path=path, section=section))
        for key, value in values.items():
            if key not in KNOWN[section]:
                raise ConfigError(t("{path}: unknown key {section}.{key}{suggestion}", path=path, section=section,
                                    key=key, suggestion=_suggest(key, list(KNOWN[section]))))
            expected = KNOWN[section][key]
            if not isinstance(value, expected) or isinstance(value, bool):
                should = t("text") if expected is str else t("a whole number")
                raise ConfigError(t("{path}: {section}.{key} = {value} should be {should}", path=path,
                                    section=section, key=key, value=repr(value), should=should))
    coach = data.get("coach", {})
    app = data.get("app", {})
    config.coach_name = coach.get("name", "")
    config.organisation = coach.get("organisation", "")
    config.theme = app.get("theme", config.theme)
    config.language = app.get("language", "")
    config.lock_minutes = app.get("lock_minutes", config.lock_minutes)
    if not 1 <= config.lock_minutes <= 240:
        raise ConfigError(t("{path}: app.lock_minutes = {minutes} should be from 1 to 240", path=path,
                            minutes=config.lock_minutes))
    return config


def _read(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        raise ConfigError(t("{path}: not UTF-8 text; save it as UTF-8", path=path)) from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(t("{path}: not valid TOML ({error})", path=path, error=error)) from None


def load_config(path: Path) -> Config:
    if not path.exists():
        return Config()
    return parse_config(_read(path), path)


def configured_language(path: Path) -> str | None:
    """``app.language`` of the config file, if it names one: read on its own, so a mistake
    elsewhere in the file (reported by the command that reads it) does not cost the language."""
    try:
        language = _read(path).get("app", {}).get("language")
    except (ConfigError, OSError, AttributeError):
        return None
    return language if isinstance(language, str) else None


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
