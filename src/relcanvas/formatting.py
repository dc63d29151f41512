"""``fmt``: a canvas rewritten in its canonical form, every comment and the modeline kept.

The canonical form writes closed and known open vocabulary values as their identifiers
(``haut`` -> ``high``, ``SAV`` -> ``after_sales``), keys in the documented order (the model's
field order, ``x-`` extensions last as written), two-space indentation with list dashes
indented under their key, and quotes only where YAML needs them (double quotes). ruamel.yaml's
round-trip mode does the rewriting because it keeps comments, blank lines, flow style and
literal blocks, which PyYAML drops.

Only valid canvases are formatted, and the result is loaded again with relcanvas's own
loader: when it does not give the same canvas (a value YAML would read otherwise), the file
is left as it is. So ``fmt`` never changes what a canvas means.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from typing import Any

from relcanvas import vocabulary as V
from relcanvas.diagnostics import Problem
from relcanvas.loader import Limits, Loaded, load_bytes
from relcanvas.model import (
    Author,
    Canvas,
    CanvasModel,
    Evolution,
    Indicator,
    Interaction,
    Involvement,
    Loyalty,
    Segment,
    Tool,
    Touchpoint,
)
from relcanvas.reading import TooLarge, read_source

ENTRY_MODELS: dict[str, type[CanvasModel]] = {
    "authors": Author,
    "segments": Segment,
    "interaction": Interaction,
    "touchpoints": Touchpoint,
    "tools": Tool,
    "loyalty": Loyalty,
    "involvement": Involvement,
    "evolution": Evolution,
    "indicators": Indicator,
}
"""The model of the entries of each top-level list (their keys' order comes from it)."""

VOCABULARY_FIELDS: dict[type[CanvasModel], dict[str, V.Vocabulary]] = {
    Canvas: {"language": V.LANGUAGE},
    Author: {"role": V.ROLE},
    Segment: {"value": V.LEVEL, "willingness_to_pay": V.LEVEL},
    Interaction: {
        "types": V.INTERACTION_TYPE,
        "human_contact": V.LEVEL,
        "personalization": V.LEVEL,
        "automation": V.LEVEL,
    },
    Touchpoint: {"phase": V.PHASE, "channel": V.CHANNEL, "frequency": V.FREQUENCY},
    Tool: {"kind": V.TOOL_KIND},
    Loyalty: {"kind": V.LOYALTY_KIND},
    Involvement: {"level": V.INVOLVEMENT_LEVEL},
    Evolution: {"phase": V.STAGE},
    Indicator: {"kind": V.INDICATOR_KIND, "frequency": V.FREQUENCY},
}
"""The keys whose values are spellings of a vocabulary (tests check it against the schema)."""


@dataclass
class Formatted:
    """One file's outcome: its canonical text, or why it was left as it is."""

    name: str
    before: str = ""
    after: str | None = None
    """The canonical text; None when the file was not formatted."""
    problems: list[Problem] = field(default_factory=list)
    """Why the canvas is not valid (it is then left untouched)."""
    unsafe: bool = False
    """The rewritten text would not load as the same canvas: left untouched."""
    language: str | None = None
    """The canvas's language, for messages about it."""

    @property
    def changed(self) -> bool:
        return self.after is not None and self.after != self.before


def format_path(path: str, limits: Limits, root: Any = None) -> Formatted:
    """Format one file (``-`` for stdin). Raises SourceError when it cannot be read."""
    from relcanvas.loader import STDIN_NAME, load_path

    name = STDIN_NAME if path == "-" else path
    try:
        data = read_source(path, limits.max_bytes, root=root)
    except TooLarge:
        loaded = load_path(path, limits, root)  # reports the size problem the usual way
        return Formatted(name, problems=loaded.problems)
    return format_bytes(data, name, limits)


def format_bytes(data: bytes, name: str, limits: Limits) -> Formatted:
    """Format a canvas given as bytes; ``before`` is the text as read (BOM, CRLF kept)."""
    loaded = load_bytes(data, name, limits)
    before = data.decode("utf-8", "replace")
    if not loaded.ok or loaded.canvas is None:
        return Formatted(name, before, problems=loaded.problems)
    result = Formatted(name, before, language=loaded.canvas.language.value)
    after = canonical_text(loaded.text)
    if after is None or not _same_canvas(loaded, after, limits):
        result.unsafe = True
        return result
    result.after = after
    return result


def _same_canvas(loaded: Loaded, text: str, limits: Limits) -> bool:
    again = load_bytes(text.encode("utf-8"), loaded.name, limits)
    return again.ok and again.canvas == loaded.canvas


def canonical_text(text: str) -> str | None:
    """The canonical form of a valid canvas's text, or None when ruamel cannot read it."""
    from ruamel.yaml.error import YAMLError

    yaml = _round_trip()
    try:
        document = yaml.load(text)
    except YAMLError:
        return None
    if not isinstance(document, dict):
        return None
    _canonical_mapping(document, Canvas)
    for key, model in ENTRY_MODELS.items():
        entries = document.get(key)
        if isinstance(entries, list):
            for entry in entries:
                if isinstance(entry, dict):
                    _canonical_mapping(entry, model)
    out = io.StringIO()
    yaml.dump(document, out)
    return out.getvalue()


def _canonical_mapping(mapping: Any, model: type[CanvasModel]) -> None:
    """Vocabulary values as identifiers, then keys in the model's order (in place, so that
    ruamel's comments, which hang on keys, move with their key)."""
    own = {key for key, _ in mapping.non_merged_items()}
    for key, vocab in VOCABULARY_FIELDS.get(model, {}).items():
        if key not in own:
            continue  # absent, or merged from an anchor (<<): rewritten there, if at all
        value = mapping[key]
        if isinstance(value, list):
            for i, item in enumerate(value):
                value[i] = _identifier(item, vocab)
        else:
            mapping[key] = _identifier(value, vocab)
    if getattr(mapping, "merge", None):
        return  # keys from a YAML merge (<<) do not move: the check after would catch it
    fields = [key for key in model.model_fields if key in mapping]
    order = fields + [key for key in mapping if key not in model.model_fields]
    if list(mapping) != order:
        for key in order:
            mapping.move_to_end(key)


def _identifier(value: Any, vocab: V.Vocabulary) -> Any:
    if not isinstance(value, str):
        return value
    ident = vocab.lookup(value)
    return ident if ident is not None and ident != value else value


def _round_trip() -> Any:
    from ruamel.yaml import YAML
    from ruamel.yaml.emitter import Emitter

    class DoubleQuoting(Emitter):
        """Where a value needs quotes, double ones (the style of the docs and examples)."""

        def choose_scalar_style(self) -> Any:
            style = super().choose_scalar_style()
            return '"' if style == "'" else style

    yaml = YAML(typ="rt")
    yaml.width = 1 << 16  # never fold a long line: the file's lines stay the user's
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.Emitter = DoubleQuoting
    return yaml
