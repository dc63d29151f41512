"""Lint configuration: which rules run, at which severity, with which options, where.

Read from ``[tool.relcanvas]`` in a ``pyproject.toml`` or from the top level of a
``.relcanvas.toml``, found by walking up from each linted file (``.relcanvas.toml`` wins in
the same directory; a ``pyproject.toml`` without ``[tool.relcanvas]`` is passed over), or
named with ``--config``. Every key is checked here, in one place, so that a typo is one
clear error with a suggestion instead of a setting silently ignored::

    [tool.relcanvas]
    select = ["ALL"]                 # default: every rule
    extend-select = []               # added to select
    ignore = ["RC7xx", "never-reviewed"]
    per-file-ignores = { "drafts/*.yaml" = ["RC0", "empty-block"] }
    lang = "fr"                      # the team's language for messages: fr | en
    cache-dir = ".relcanvas_cache"   # the lint cache, relative to this file's folder

    [tool.relcanvas.severity]        # per rule (or prefix): error | warning | info
    RC201 = "error"

    [tool.relcanvas.options.RC203]   # a rule's options, by code or slug
    max_channels = 6                 # "max-channels" works too

A *selector* is a code (``RC201``), a prefix (``RC2``, ``RC2xx``, ``RC``), ``ALL``, a slug or
an alias; it is accepted in every list above, on the command line and in suppressions.
Rule ``R`` runs on a file when it is in ``select`` or ``extend-select`` and not in
``ignore`` nor in a ``per-file-ignores`` entry whose glob matches the file's path relative to
the config's directory (a glob without ``/`` also matches the file name alone).
"""

from __future__ import annotations

import difflib
import fnmatch
import os
import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from relcanvas.i18n import Message, msg, t
from relcanvas.lint.rule import REGISTRY, Rule, Severity
from relcanvas.reading import SourceError, TooLarge, read_source

CONFIG_NAMES = (".relcanvas.toml", "pyproject.toml")
CONFIG_BYTES = 1024 * 1024
"""The most a config file is read (read like a canvas: regular files only, never more)."""
_KEYS = (
    "select",
    "extend-select",
    "ignore",
    "severity",
    "options",
    "per-file-ignores",
    "lang",
    "cache-dir",
)
_PREFIX = re.compile(r"RC\d{0,3}", re.IGNORECASE)


class ConfigError(Exception):
    """The configuration cannot be used: one line for the user, ``where: message``.

    ``where`` says where (the file, the key), the same in every language; the message is an
    id and its parameters, rendered by :meth:`text` in the reader's language.
    """

    def __init__(self, message: Message, where: tuple[str, ...] = ()) -> None:
        self.message, self.where = message, where
        super().__init__(self.text("en"))

    def text(self, lang: str) -> str:
        said = self.message.render(lang)
        for where in reversed(self.where):
            said = t("common.where", lang, where=where, message=said)
        return said

    def at(self, *where: str) -> ConfigError:
        """The same error, located further out (``severity.RC201``, then the file)."""
        return ConfigError(self.message, (*where, *self.where))


@dataclass(frozen=True)
class Config:
    """Resolved settings: rule codes only (selectors were expanded when reading)."""

    select: frozenset[str] = field(default_factory=lambda: frozenset(REGISTRY))
    ignore: frozenset[str] = frozenset()
    severity: Mapping[str, Severity] = field(default_factory=dict)
    options: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    per_file_ignores: tuple[tuple[str, frozenset[str]], ...] = ()
    root: Path = field(default_factory=Path.cwd)
    """The directory per-file-ignores globs are relative to (the config file's)."""
    source: str | None = None
    """The file it was read from, None for the defaults."""
    lang: str = ""
    """The team's language for messages (``lang = "fr"``), "" to follow each canvas."""
    cache_dir: Path | None = None
    """Where the lint cache lives (``cache-dir``, relative to the config's folder)."""

    def enabled(self, path: str) -> frozenset[str]:
        """Codes of the rules that run on this file."""
        if not self.per_file_ignores:  # the common case: no path to resolve for each file
            return self.select - self.ignore
        off = set(self.ignore)
        relative = _relative(path, self.root)
        for pattern, codes in self.per_file_ignores:
            if _glob_match(relative, pattern):
                off |= codes
        return self.select - off

    def severity_of(self, rule: Rule) -> Severity:
        return self.severity.get(rule.code, rule.severity)

    def options_of(self, rule: Rule) -> dict[str, Any]:
        return {**rule.option_defaults(), **self.options.get(rule.code, {})}

    def with_cli(self, select: Iterable[str] = (), ignore: Iterable[str] = ()) -> Config:
        """Apply ``--select`` (replaces select) and ``--ignore`` (adds to ignore)."""
        chosen = list(select)
        new_select = resolve_all(chosen, "--select") if chosen else self.select
        return replace(
            self, select=new_select, ignore=self.ignore | resolve_all(ignore, "--ignore")
        )


def _relative(path: str, root: Path) -> str:
    try:
        return Path(os.path.abspath(path)).relative_to(root.resolve()).as_posix()
    except ValueError:
        return Path(path).as_posix()


def _glob_match(relative: str, pattern: str) -> bool:
    if fnmatch.fnmatchcase(relative, pattern):
        return True
    return "/" not in pattern and fnmatch.fnmatchcase(relative.rsplit("/", 1)[-1], pattern)


# --- selectors ------------------------------------------------------------------------------


def _names() -> dict[str, str]:
    """Every name a rule answers to (code, slug, alias), lower-cased -> code."""
    names: dict[str, str] = {}
    for code, rule in REGISTRY.items():
        names[code.lower()] = code
        names[rule.slug.lower()] = code
        for alias in rule.aliases:
            names[alias.lower()] = code
    return names


def suggest(name: str) -> str:
    """`` (did you mean 'X'?)`` for the closest code, slug or alias, or nothing."""
    best = closest(name)
    return f" (did you mean {best!r}?)" if best else ""


def unknown_rule(name: str) -> Message:
    """ "unknown rule 'X' (did you mean 'Y'?)" as a message."""
    best = closest(name)
    if best:
        return msg("config.unknown_rule_hint", rule=repr(name), hint=repr(best))
    return msg("config.unknown_rule", rule=repr(name))


def closest(name: str) -> str | None:
    """The closest code or slug to a misspelt one, or None."""
    candidates = sorted({*REGISTRY, *(r.slug for r in REGISTRY.values())})
    lowered = {c.lower(): c for c in candidates}
    wanted = name.lower()
    close = difflib.get_close_matches(wanted, list(lowered), n=5, cutoff=0.6)
    if not close:
        return None
    # Equal scores (RC2O1 is as close to RC201 as to RC210): prefer characters in place.
    best = max(close, key=lambda c: (_ratio(wanted, c), _in_place(wanted, c)))
    return lowered[best]


def _in_place(a: str, b: str) -> int:
    return sum(x == y for x, y in zip(a, b, strict=False))


def _ratio(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, a, b).ratio()


def find_rule(name: str) -> Rule | None:
    """The rule a code, slug or alias names (any case), or None."""
    code = _names().get(name.strip().lower())
    return REGISTRY[code] if code else None


def resolve(selector: str) -> frozenset[str]:
    """The codes a selector stands for; raises :class:`ConfigError` when it names nothing."""
    text = selector.strip()
    if text.upper() == "ALL":
        return frozenset(REGISTRY)
    found = find_rule(text)
    if found:
        return frozenset({found.code})
    prefix = text.upper().rstrip("X")
    if _PREFIX.fullmatch(prefix) and len(text) <= 5:
        codes = frozenset(c for c in REGISTRY if c.startswith(prefix))
        if codes:
            return codes
        raise ConfigError(msg("config.no_prefix", prefix=repr(text)))
    raise ConfigError(unknown_rule(text))


def resolve_all(selectors: Iterable[str], where: str) -> frozenset[str]:
    codes: set[str] = set()
    for selector in selectors:
        try:
            codes |= resolve(selector)
        except ConfigError as exc:
            raise exc.at(where) from None
    return frozenset(codes)


# --- reading --------------------------------------------------------------------------------


def read_config(path: str | Path) -> Config:
    """Read and validate one config file (``--config``); raises :class:`ConfigError`."""
    file = Path(path)
    table = _table(file)
    if table is None:
        raise ConfigError(msg("config.no_table"), (str(file),))
    return validate(table, str(file), file.resolve().parent)


def _table(file: Path) -> dict[str, Any] | None:
    """The relcanvas settings in a file, or None when a pyproject.toml has none."""
    try:
        data = tomllib.loads(read_source(str(file), CONFIG_BYTES).decode("utf-8"))
    except SourceError as exc:
        if str(exc).endswith(": no such file"):
            raise ConfigError(msg("config.no_file"), (str(file),)) from None
        raise ConfigError(msg("config.unreadable", error=str(exc))) from None
    except TooLarge:
        raise ConfigError(msg("config.too_big", limit=CONFIG_BYTES), (str(file),)) from None
    except UnicodeDecodeError as exc:
        raise ConfigError(msg("config.cannot_read", error=str(exc)), (str(file),)) from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(msg("config.not_toml", error=str(exc)), (str(file),)) from None
    if file.name != "pyproject.toml":
        return data
    tool = data.get("tool", {})
    section = tool.get("relcanvas") if isinstance(tool, dict) else None
    if section is None:
        return None
    if not isinstance(section, dict):
        raise ConfigError(msg("config.not_table"), (str(file),))
    return section


def validate(table: Mapping[str, Any], source: str, root: Path) -> Config:
    """Turn a raw table into a :class:`Config`, refusing anything unknown or ill-typed.

    The one place settings are checked (as yamllint's ``validate_rule_conf``).
    """

    def bad(message: Message, *where: str) -> ConfigError:
        return ConfigError(message, (source, *where))

    for key in table:
        if key not in _KEYS:
            hint = difflib.get_close_matches(key, _KEYS, n=1)
            if hint:
                raise bad(msg("config.unknown_key_hint", key=repr(key), hint=repr(hint[0])))
            raise bad(msg("config.unknown_key", key=repr(key), known=", ".join(_KEYS)))

    def selectors(key: str, value: Any) -> frozenset[str]:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise bad(msg("config.not_selectors"), key)
        try:
            return resolve_all(value, key)
        except ConfigError as exc:
            raise exc.at(source) from None

    select = selectors("select", table["select"]) if "select" in table else frozenset(REGISTRY)
    select |= selectors("extend-select", table.get("extend-select", []))
    ignore = selectors("ignore", table.get("ignore", []))

    severity: dict[str, Severity] = {}
    raw_severity = _mapping(table.get("severity", {}), "severity", bad)
    for name, level in raw_severity.items():
        if level not in {s.value for s in Severity}:
            raise bad(msg("config.bad_severity", level=repr(level)), f"severity.{name}")
        for code in selectors(f"severity.{name}", [name]):
            severity[code] = Severity(level)

    options: dict[str, dict[str, Any]] = {}
    for name, values in _mapping(table.get("options", {}), "options", bad).items():
        rule = find_rule(name)
        if rule is None:
            raise bad(unknown_rule(name), "options")
        given = _mapping(values, f"options.{name}", bad)
        options[rule.code] = {
            **options.get(rule.code, {}),
            **_check_options(rule, given, bad),
        }

    per_file: list[tuple[str, frozenset[str]]] = []
    for pattern, codes in _mapping(
        table.get("per-file-ignores", {}), "per-file-ignores", bad
    ).items():
        per_file.append((pattern, selectors(f"per-file-ignores.{pattern!r}", codes)))

    lang = table.get("lang", "")
    if lang not in ("", "fr", "en"):
        raise bad(msg("config.bad_lang", lang=repr(lang)), "lang")
    cache_dir = table.get("cache-dir")
    if cache_dir is not None and (not isinstance(cache_dir, str) or not cache_dir.strip()):
        raise bad(msg("config.bad_cache_dir"), "cache-dir")
    return Config(
        select,
        ignore,
        severity,
        options,
        tuple(per_file),
        root,
        source,
        lang,
        root / cache_dir if cache_dir else None,
    )


def _mapping(value: Any, key: str, bad: Any) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise bad(msg("config.not_a_table"), key)
    return value


def _check_options(rule: Rule, given: Mapping[str, Any], bad: Any) -> dict[str, Any]:
    declared = {o.name: o for o in rule.options}
    checked: dict[str, Any] = {}
    for raw_name, value in given.items():
        name = raw_name.replace("-", "_")
        if name not in declared:
            hint = difflib.get_close_matches(name, list(declared), n=1)
            where = f"options.{rule.code}"
            said = {"option": repr(raw_name), "slug": rule.slug}
            if hint:
                found = msg("config.unknown_option_hint", **said, hint=repr(hint[0]))
            elif declared:
                found = msg("config.unknown_option", **said, takes=", ".join(declared))
            else:
                found = msg("config.no_options", **said)
            raise bad(found, where)
        default = declared[name].default
        if not _same_kind(value, default):
            raise bad(
                msg(
                    "config.option_type",
                    expected=_KINDS.get(type(default), "other"),
                    got=repr(value),
                ),
                f"options.{rule.code}.{raw_name}",
            )
        option = declared[name]
        if value is not None and not option.minimum <= value <= option.maximum:
            span = {"minimum": f"{option.minimum:g}", "maximum": f"{option.maximum:g}"}
            raise bad(
                msg("config.out_of_range", value=repr(value), **span),
                f"options.{rule.code}.{raw_name}",
            )
        checked[name] = value
    return checked


_KINDS = {int: "whole_number", float: "number", bool: "true_false", str: "text"}
"""An option's type, as a ``kind.*`` id of the catalogue."""


def _same_kind(value: Any, default: Any) -> bool:
    if default is None:
        return True
    if isinstance(default, bool) or isinstance(value, bool):
        return isinstance(value, bool) and isinstance(default, bool)
    if isinstance(default, float):
        return isinstance(value, int | float)
    return isinstance(value, type(default))


# --- discovery ------------------------------------------------------------------------------


class ConfigFinder:
    """The config for each file: ``--config`` if given, else the nearest one walking up."""

    def __init__(
        self,
        explicit: str | None = None,
        select: Iterable[str] = (),
        ignore: Iterable[str] = (),
    ) -> None:
        """``select`` and ``ignore`` come from the command line and apply on top of each
        file's config (``--select`` replaces its select, ``--ignore`` adds to its ignore).
        """
        self._select = list(select)
        self._ignore = list(ignore)
        Config().with_cli(self._select, self._ignore)  # refuse a bad selector up front
        self._explicit = read_config(explicit) if explicit else None
        """``--config``'s settings, or None to look for each file's own."""
        self._by_dir: dict[Path, Config] = {}
        self._effective: dict[int, Config] = {}
        """id of a config read -> it with the command line's selectors applied (once)."""

    def for_path(self, path: str) -> Config:
        if self._explicit is not None:
            found = self._explicit
        else:
            start = Path.cwd() if path == "-" else Path(os.path.abspath(path)).parent
            found = self._lookup(start)
        effective = self._effective.get(id(found))
        if effective is None:
            effective = found.with_cli(self._select, self._ignore)
            self._effective[id(found)] = effective
        return effective

    def for_cwd(self) -> Config:
        """The config of the working directory (``--config`` if given): it places the cache."""
        return self._explicit or self._lookup(Path.cwd())

    def _lookup(self, folder: Path) -> Config:
        if folder in self._by_dir:
            return self._by_dir[folder]
        found: Config | None = None
        for name in CONFIG_NAMES:
            candidate = folder / name
            if candidate.is_file():
                table = _table(candidate)
                if table is not None:
                    found = validate(table, str(candidate), folder)
                    break
        if found is None:
            found = Config(root=folder) if folder.parent == folder else self._lookup(folder.parent)
        self._by_dir[folder] = found
        return found
