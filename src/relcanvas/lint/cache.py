"""The lint cache: a file's findings kept under a hash of everything they depend on.

As ruff's cache, it lives in ``.relcanvas_cache/`` (next to the config, else in the working
directory; ``cache-dir`` in the config or ``RELCANVAS_CACHE_DIR`` move it) and an entry is
found again only when nothing it depends on has changed: the file's bytes, its name (it is
in every finding), the rules that run on it with their severities and options, the limits,
the day (some rules compare dates with today), the language, and relcanvas itself (its
version and the size and date of each of its modules, so a development checkout is safe).

A cache can come from anyone's pull request, so an entry is JSON, never pickle, and any
entry that does not read back exactly as written is a miss. The key is also made with a
secret of this machine's user (in the user's cache folder, never in the repository), so
that an entry committed by someone else, made to hide a finding, is never even looked up.
Two runs may share a cache: entries are written to a temporary file and renamed into place.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import hashlib
import json
import os
import secrets
import tempfile
from functools import cache
from pathlib import Path
from typing import Any

from relcanvas._version import VERSION
from relcanvas.lint.config import Config, ConfigError, ConfigFinder
from relcanvas.lint.rule import REGISTRY
from relcanvas.loader import Limits
from relcanvas.output import OutputError, write_atomic

CACHE_NAME = ".relcanvas_cache"
ENV_DIR = "RELCANVAS_CACHE_DIR"
_TAG = (
    "Signature: 8a477f597d28d172789f06886806bc55\n"
    "# This file is a cache directory tag created by relcanvas.\n"
    "# For information about cache directory tags see https://bford.info/cachedir/\n"
)


# --- findings to and from JSON: the one place the cache knows their shape ----------------


def finding_to_json(finding: Any) -> dict[str, Any]:
    """A :class:`~relcanvas.lint.engine.Finding` as plain JSON values (its own shape)."""
    data: dict[str, Any] = finding.to_json()
    return data


def finding_from_json(data: Any) -> Any:
    """The finding back; raises ValueError (a miss) unless it is a finding of a known rule."""
    from relcanvas.lint.engine import Finding

    if not isinstance(data, dict):
        raise ValueError("not a finding")
    try:
        finding = Finding.from_json(data)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ValueError("not a finding") from exc
    if finding.code not in REGISTRY or finding.line < 1 or finding.column < 1:
        raise ValueError("not a finding")
    return finding


# --- where, and the key ----------------------------------------------------------------------


def cache_dir(config: Config, cwd: Path | None = None) -> Path:
    """``RELCANVAS_CACHE_DIR``, else the config's ``cache-dir``, else ``.relcanvas_cache``
    next to the config file, else in the working directory."""
    if os.environ.get(ENV_DIR):
        return Path(os.environ[ENV_DIR])
    if config.cache_dir is not None:
        return config.cache_dir
    if config.source is not None:
        return Path(config.source).resolve().parent / CACHE_NAME
    return (cwd or Path.cwd()) / CACHE_NAME


def cache_dir_for(finder: ConfigFinder) -> Path:
    """:func:`cache_dir` for the working directory's config; a config there that cannot be
    read is not this run's business (the files linted may be elsewhere): then the default."""
    try:
        return cache_dir(finder.for_cwd())
    except ConfigError:
        return cache_dir(Config())


@cache
def _code_stamp() -> str:
    """Names, sizes and dates of relcanvas's modules: a rule edited in a checkout, under the
    same version number, still misses every entry."""
    package = Path(__file__).resolve().parents[1]
    stamp = hashlib.sha256(VERSION.encode())
    for folder, dirs, files in sorted(os.walk(package)):
        dirs.sort()
        for name in sorted(f for f in files if f.endswith(".py")):
            info = os.stat(os.path.join(folder, name))
            stamp.update(f"{folder}/{name}:{info.st_size}:{info.st_mtime_ns}\n".encode())
    return stamp.hexdigest()


def _user_secret() -> bytes | None:
    """A random key kept in the user's cache folder (created on first use), or None when
    there is nowhere to keep it (then nothing is cached)."""
    home = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    file = Path(home) / "relcanvas" / "cache-key"
    try:
        secret = file.read_bytes()
        if len(secret) == 32:
            return secret
    except FileNotFoundError:
        pass
    except OSError:
        return None
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
        _write_private(file, secrets.token_bytes(32))
        secret = file.read_bytes()  # another run may have written its own first
    except OSError:
        return None
    return secret if len(secret) == 32 else None


def settings_of(config: Config, path: str) -> dict[str, Any]:
    """What the findings depend on in the config: the rules that run, their levels, options."""
    enabled = sorted(config.enabled(path))
    return {
        "rules": enabled,
        "severity": {c: config.severity_of(REGISTRY[c]).value for c in enabled},
        "options": {c: config.options_of(REGISTRY[c]) for c in enabled},
        "lang": config.lang,
    }


# --- the cache -------------------------------------------------------------------------------


class LintCache:
    """Findings by key, in a folder; a missing, unreadable or foreign entry is a miss."""

    def __init__(self, folder: Path, limits: Limits, lang: str | None = None) -> None:
        self.folder = folder
        self.secret = _user_secret()
        self._common = json.dumps(
            {
                "stamp": _code_stamp(),
                "limits": dataclasses.asdict(limits),
                "lang": lang or "auto",
            },
            sort_keys=True,
        )
        self._settings: dict[tuple[int, str], str] = {}
        self._ready = False

    def key(
        self, data: bytes, name: str, config: Config, config_path: str, today: dt.date
    ) -> str | None:
        """The entry's key, or None when nothing may be cached (no secret)."""
        if self.secret is None:
            return None
        where = "" if config.per_file_ignores else config_path  # else the same for all files
        settings = self._settings.get((id(config), where))
        if settings is None:
            settings = json.dumps(settings_of(config, config_path), sort_keys=True)
            self._settings[id(config), where] = settings
        digest = hashlib.sha256(self.secret)
        for part in (self._common, settings, today.isoformat(), name):
            digest.update(part.encode("utf-8", "surrogateescape") + b"\0")
        digest.update(data)
        return digest.hexdigest()

    def _entry(self, key: str) -> Path:
        return self.folder / VERSION / f"{key}.json"

    def get(self, key: str) -> tuple[bool, list[Any], str] | None:
        """(valid, findings, the canvas's language) as stored, or None."""
        try:
            raw = json.loads(self._entry(key).read_bytes())
            if not isinstance(raw, dict) or raw.get("key") != key:
                return None
            valid, findings, lang = raw["valid"], raw["findings"], raw["lang"]
            if not isinstance(valid, bool) or not isinstance(findings, list):
                return None
            if lang not in ("", "fr", "en"):
                return None
            return valid, [finding_from_json(f) for f in findings], lang
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def put(self, key: str, valid: bool, findings: list[Any], lang: str = "") -> None:
        """Store an entry; a cache that cannot be written is no cache, never an error."""
        entry = {
            "key": key,
            "valid": valid,
            "lang": lang,
            "findings": [finding_to_json(f) for f in findings],
        }
        try:
            self._prepare()
            text = json.dumps(entry, ensure_ascii=False, separators=(",", ":"))
            write_atomic(self._entry(key), text.encode("utf-8", "surrogateescape"), force=True)
        except (OSError, OutputError):
            pass

    def _prepare(self) -> None:
        """The folder, tagged as a cache (backup tools skip it) and ignored by git."""
        if self._ready:
            return
        (self.folder / VERSION).mkdir(parents=True, exist_ok=True)
        for name, text in (("CACHEDIR.TAG", _TAG), (".gitignore", "# Created by relcanvas\n*\n")):
            if not (self.folder / name).exists():
                write_atomic(self.folder / name, text, force=True)
        self._ready = True


def _write_private(target: Path, data: bytes) -> None:
    """As :func:`~relcanvas.output.write_atomic`, but readable by the user alone (0600)."""
    fd, temp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
    try:
        with os.fdopen(fd, "wb") as stream:
            stream.write(data)
        os.replace(temp, target)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp)
