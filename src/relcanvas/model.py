"""The canvas as Pydantic models: the single source of the format and of its JSON Schema.

Checks that one value can make on its own live here (types, enums, unknown keys). Checks
that need the whole file (references between blocks, unique ids) are in
:func:`integrity_problems`, because JSON Schema cannot express them either.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from typing import Annotated, Any, Literal, TypeVar

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PrivateAttr,
    SerializationInfo,
    SerializerFunctionWrapHandler,
    Strict,
    ValidatorFunctionWrapHandler,
    WithJsonSchema,
    model_serializer,
    model_validator,
)
from pydantic_core import PydanticCustomError

from relcanvas import vocabulary as V
from relcanvas.i18n import Message, msg
from relcanvas.limits import quoted

FORMAT_VERSION = 1
SUPPORTED_VERSIONS = (1,)
EXTENSION_PREFIX = "x-"

Path = tuple[str | int, ...]


# --- Reusable constrained types ----------------------------------------------------------


def _as_text(value: Any) -> Any:
    """Free text fields accept numbers and dates the YAML parser typed for the user."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float | dt.date):
        return str(value) if not isinstance(value, dt.date) else value.isoformat()
    if isinstance(value, str):
        return value.strip()
    return value


def _as_list(value: Any) -> Any:
    """A single value where a list is expected is a list of one; an empty key is empty."""
    if value is None:
        return []
    if isinstance(value, str | int | float | dt.date):
        return [value]
    return value


def _list_schema(*, one: bool) -> Callable[[dict[str, Any]], None]:
    """Let the JSON Schema accept what validation accepts: null, and a single item if ``one``."""

    def adjust(schema: dict[str, Any]) -> None:
        array: dict[str, Any] = {k: schema.pop(k) for k in ("type", "items") if k in schema}
        choices: list[dict[str, Any]] = [array]
        if one and "items" in array:
            choices.append(array["items"])
        choices.append({"type": "null"})
        schema["anyOf"] = choices
        schema.pop("default", None)

    return adjust


def _many(description: str, *, one: bool = True) -> Any:
    return Field(
        default_factory=list, description=description, json_schema_extra=_list_schema(one=one)
    )


def _none_as_empty(value: Any) -> Any:
    """A block written as an empty key (``touchpoints:``) is an empty block."""
    return [] if value is None else value


# Text fields take numbers too (``version: 2026``): the schema says so, so that editors and
# check-jsonschema agree with ``validate``.
_TEXT_SCHEMA: dict[str, Any] = {"type": ["string", "number"], "minLength": 1}
SLUG_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.-]*$"

Text = Annotated[str, BeforeValidator(_as_text), Field(min_length=1), WithJsonSchema(_TEXT_SCHEMA)]
OptionalText = Annotated[
    str | None,
    BeforeValidator(_as_text),
    WithJsonSchema({"type": ["string", "number", "null"]}),
]
TextList = Annotated[list[Text], BeforeValidator(_as_list)]
Slug = Annotated[
    str,
    BeforeValidator(_as_text),
    Field(pattern=SLUG_PATTERN, max_length=80),
    WithJsonSchema(
        {"type": ["string", "integer"], "pattern": SLUG_PATTERN, "maxLength": 80, "minimum": 0}
    ),
]
Flag = Annotated[bool, Strict()]
"""true or false only: ``yes`` or ``on`` are words in YAML 1.2, as check-jsonschema reads them."""
SlugList = Annotated[list[Slug], BeforeValidator(_as_list)]

E = TypeVar("E", bound=StrEnum)


def _closest(text: str, vocab: V.Vocabulary) -> str | None:
    folded = V.normalize_word(text[:100])
    spellings = dict(vocab.suggestions())
    match = difflib.get_close_matches(folded, list(spellings), n=1, cutoff=0.75)
    return spellings[match[0]] if match else None


def _enum_parser(enum: type[E], vocab: V.Vocabulary) -> Callable[[Any], Any]:
    def parse(value: Any) -> Any:
        if value is None or isinstance(value, enum):
            return value
        if not isinstance(value, str):
            text = f"expected one of {', '.join(vocab.ids)}, not {type(value).__name__}"
            context = {"expected": list(vocab.ids), "got": type(value).__name__}
            raise PydanticCustomError("enum_type", "{text}", {"text": text, **context})
        ident = vocab.lookup(value)
        if ident is not None:
            return enum(ident)
        hint = _closest(value, vocab)
        text = (
            f"{quoted(value)} is not a known {vocab.name.en}; "
            f"expected one of {', '.join(vocab.ids)}"
        )
        if hint:
            text += f" (did you mean {hint!r}?)"
        context = {
            "value": quoted(value),
            "vocabulary": next(k for k, v in V.VOCABULARIES.items() if v is vocab),
            "expected": list(vocab.ids),
            "hint": repr(hint) if hint else "",
        }
        raise PydanticCustomError("enum_value", "{text}", {"text": text, **context})

    return parse


def _enum_schema(vocab: V.Vocabulary, description: str) -> WithJsonSchema:
    """The schema lists the exact spellings; validation also folds case, accents and spaces."""
    return WithJsonSchema(
        {
            "type": "string",
            "enum": vocab.accepted_spellings(),
            "description": description + f" Identifiers: {', '.join(vocab.ids)}; the French "
            "and English labels are accepted too.",
        }
    )


def _open_parser(vocab: V.Vocabulary) -> Callable[[Any], Any]:
    def parse(value: Any) -> Any:
        value = _as_text(value)
        if isinstance(value, str):
            return vocab.lookup(value) or value
        return value

    return parse


def _open_schema(vocab: V.Vocabulary, description: str) -> WithJsonSchema:
    return WithJsonSchema(
        {
            "type": "string",
            "description": description + f" Known values: {', '.join(vocab.ids)}; any other "
            "text is kept as written.",
            "examples": list(vocab.ids),
        }
    )


# An enum that also accepts its French and English labels, in any case or accents.
Level = Annotated[
    V.Level,
    BeforeValidator(_enum_parser(V.Level, V.LEVEL)),
    _enum_schema(V.LEVEL, "high, medium or low."),
]
Role = Annotated[
    V.Role,
    BeforeValidator(_enum_parser(V.Role, V.ROLE)),
    _enum_schema(V.ROLE, "The author's profile."),
]
Language = Annotated[
    V.Language,
    BeforeValidator(_enum_parser(V.Language, V.LANGUAGE)),
    _enum_schema(V.LANGUAGE, "Language of labels and questions."),
]
InteractionType = Annotated[
    V.InteractionType,
    BeforeValidator(_enum_parser(V.InteractionType, V.INTERACTION_TYPE)),
    _enum_schema(V.INTERACTION_TYPE, "A kind of customer relationship."),
]
Phase = Annotated[
    V.Phase,
    BeforeValidator(_enum_parser(V.Phase, V.PHASE)),
    _enum_schema(V.PHASE, "The journey phase the touchpoint belongs to."),
]
ToolKind = Annotated[
    V.ToolKind,
    BeforeValidator(_enum_parser(V.ToolKind, V.TOOL_KIND)),
    _enum_schema(V.TOOL_KIND, "What sort of tool this is."),
]
LoyaltyKind = Annotated[
    V.LoyaltyKind,
    BeforeValidator(_enum_parser(V.LoyaltyKind, V.LOYALTY_KIND)),
    _enum_schema(V.LOYALTY_KIND, "What sort of mechanism this is."),
]
InvolvementLevel = Annotated[
    V.InvolvementLevel,
    BeforeValidator(_enum_parser(V.InvolvementLevel, V.INVOLVEMENT_LEVEL)),
    _enum_schema(V.INVOLVEMENT_LEVEL, "How far the customer takes part."),
]
Stage = Annotated[
    V.Stage,
    BeforeValidator(_enum_parser(V.Stage, V.STAGE)),
    _enum_schema(V.STAGE, "The stage of the relationship's life cycle."),
]
IndicatorKind = Annotated[
    V.IndicatorKind,
    BeforeValidator(_enum_parser(V.IndicatorKind, V.INDICATOR_KIND)),
    _enum_schema(V.INDICATOR_KIND, "What the indicator measures."),
]
# Free text whose known values (any language, case or accents) become identifiers.
Channel = Annotated[
    str,
    BeforeValidator(_open_parser(V.CHANNEL)),
    Field(min_length=1),
    _open_schema(V.CHANNEL, "Channel of the exchange."),
]
Frequency = Annotated[
    str,
    BeforeValidator(_open_parser(V.FREQUENCY)),
    Field(min_length=1),
    _open_schema(V.FREQUENCY, "How often the exchange happens."),
]

InteractionTypes = Annotated[list[InteractionType], BeforeValidator(_as_list)]


def slugify(text: str) -> str:
    """An id derived from a name: ``Kick-off workshop`` gives ``kick-off-workshop``."""
    bare = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in bare if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", bare).strip("-")[:80]


# --- Base model ---------------------------------------------------------------------------


def _pattern_properties(schema: dict[str, Any]) -> None:
    schema["patternProperties"] = {
        "^x-": {"description": "A user extension: kept as written, ignored by checks."}
    }


class CanvasModel(BaseModel):
    """Base of every mapping in a canvas: unknown keys are errors, ``x-`` keys are kept."""

    model_config = ConfigDict(
        extra="forbid",
        frozen=False,
        json_schema_extra=_pattern_properties,
    )

    _extensions: dict[str, Any] = PrivateAttr(default_factory=dict)

    @model_validator(mode="wrap")
    @classmethod
    def _split_extensions(cls, data: Any, handler: ValidatorFunctionWrapHandler) -> Any:
        extensions: dict[str, Any] = {}
        if isinstance(data, dict):
            extensions = {
                k: v for k, v in data.items() if isinstance(k, str) and k.startswith("x-")
            }
            if extensions:
                data = {k: v for k, v in data.items() if k not in extensions}
        model = handler(data)
        if extensions:
            model._extensions = extensions
        return model

    @model_serializer(mode="wrap")
    def _join_extensions(
        self, handler: SerializerFunctionWrapHandler, info: SerializationInfo
    ) -> Any:
        data = handler(self)
        if isinstance(data, dict):
            data.update(self._extensions)
        return data

    @property
    def extensions(self) -> dict[str, Any]:
        """The ``x-`` keys of this mapping, as written."""
        return self._extensions


class _Identified(CanvasModel):
    """An entry whose id may be left out: it is then derived from its name."""

    @model_validator(mode="before")
    @classmethod
    def _derive_id(cls, data: Any) -> Any:
        if (
            isinstance(data, dict)
            and data.get("id") in (None, "")
            and isinstance(data.get("name"), str | int | float)
        ):
            derived = slugify(str(data["name"]))
            if derived:
                data = {**data, "id": derived}
        return data


def _no_default(schema: dict[str, Any]) -> None:
    schema.pop("default", None)


# --- Entries ------------------------------------------------------------------------------


class Author(CanvasModel):
    """Someone who worked on the canvas; the method asks for complementary profiles."""

    name: Text = Field(description="The person's name.")
    role: Role | None = Field(None, description="Their profile: sales, marketing, ...")


class Segment(CanvasModel):
    """A customer segment that the blocks refer to by id."""

    id: Slug = Field(description="Short unique id used by the blocks to refer to the segment.")
    name: Text = Field(description="The segment's name as people say it.")
    value: Level | None = Field(None, description="What the segment is worth to the business.")
    willingness_to_pay: Level | None = Field(
        None, description="How much the segment is ready to pay for the relationship."
    )
    notes: OptionalText = Field(None, description="Free notes.")


class Interaction(CanvasModel):
    """Block 1: the kind of relationship one segment gets."""

    segment: Slug = Field(description="Id of the segment this entry is about.")
    types: InteractionTypes = _many("The kinds of relationship offered to the segment.")
    human_contact: Level | None = Field(None, description="How much human contact.")
    personalization: Level | None = Field(None, description="How much personalisation.")
    automation: Level | None = Field(None, description="How much automation.")
    notes: OptionalText = Field(None, description="Free notes.")


class Touchpoint(_Identified):
    """Block 2: a moment and place where we exchange with the customer."""

    id: Slug = Field(
        "",
        description="Unique id; derived from the name when left out.",
        json_schema_extra=_no_default,
    )
    name: Text = Field(description="What the touchpoint is called.")
    phase: Phase | None = Field(None, description="Journey phase.")
    channel: Channel | None = Field(None, description="Channel used.")
    frequency: Frequency | None = Field(None, description="How often it happens.")
    objective: OptionalText = Field(None, description="What the exchange is for.")
    segments: SlugList = _many("Ids of the segments it serves; empty means all.")
    moment_of_truth: Flag = Field(
        False, description="True when this moment decides whether the relationship goes on."
    )
    proactive: Flag = Field(False, description="True when we start the exchange, not the customer.")
    response_time: OptionalText = Field(
        None, description="The service contract of the channel, such as 4h or 2 days."
    )
    notes: OptionalText = Field(None, description="Free notes.")


class Tool(_Identified):
    """Block 3: a tool or medium that carries exchanges."""

    id: Slug = Field(
        "",
        description="Unique id; derived from the name when left out.",
        json_schema_extra=_no_default,
    )
    name: Text = Field(description="The tool's name.")
    kind: ToolKind | None = Field(None, description="What sort of tool.")
    touchpoints: SlugList = _many("Ids of the touchpoints the tool supports.")
    shared_history: Flag | None = Field(
        None, description="True when the tool feeds the shared customer record."
    )
    notes: OptionalText = Field(None, description="Free notes.")


class Loyalty(CanvasModel):
    """Block 4: a mechanism that keeps the relationship alive."""

    name: Text = Field(description="The mechanism's name.")
    kind: LoyaltyKind | None = Field(None, description="What sort of mechanism.")
    segments: SlugList = _many("Ids of the segments it is for; empty means all.")
    customer_value: OptionalText = Field(None, description="What the customer gains from it.")
    notes: OptionalText = Field(None, description="Free notes.")


class Involvement(CanvasModel):
    """Block 5: one way customers take part, at one level."""

    level: InvolvementLevel = Field(description="How far the customer takes part.")
    mechanism: OptionalText = Field(None, description="The concrete way it happens.")
    segments: SlugList = _many("Ids of the segments concerned; empty means all.")
    notes: OptionalText = Field(None, description="Free notes.")


class Evolution(CanvasModel):
    """Block 6: one stage of the relationship over time."""

    phase: Stage = Field(description="The stage of the relationship.")
    objectives: TextList = _many("What this stage aims at.")
    actions: TextList = _many("Key actions of this stage.")
    duration: OptionalText = Field(None, description="Typical length of the stage.")
    next_signals: TextList = _many("Signs that the customer is ready for the next stage.")
    risk_signals: TextList = _many("Signs that the relationship is at risk.")
    segments: SlugList = _many("Ids of the segments concerned; empty means all.")
    notes: OptionalText = Field(None, description="Free notes.")


class Indicator(CanvasModel):
    """A measure of the relationship's quality."""

    name: Text = Field(description="The indicator's name.")
    kind: IndicatorKind | None = Field(None, description="What it measures.")
    target: OptionalText = Field(None, description="The value aimed at, such as >= 40.")
    frequency: Frequency | None = Field(None, description="How often it is measured.")
    notes: OptionalText = Field(None, description="Free notes.")


class Canvas(CanvasModel):
    """A "Modes de relation" customer-relationship canvas."""

    model_config = ConfigDict(
        title="relcanvas canvas",
        json_schema_extra=_pattern_properties,
    )

    relcanvas: Literal[1] = Field(description="Format version of the file; this release reads 1.")
    title: Text = Field(description="The canvas's title.")
    organization: OptionalText = Field(None, description="The organisation the canvas is for.")
    language: Language = Field(
        V.Language.FR, description="Language of labels and questions when rendering (fr or en)."
    )
    version: OptionalText = Field(None, description="A free label for this revision.")
    updated: dt.date | None = Field(None, description="Date of the last review (YYYY-MM-DD).")
    authors: Annotated[list[Author], BeforeValidator(_none_as_empty)] = _many(
        "Who worked on the canvas.", one=False
    )
    segments: Annotated[list[Segment], BeforeValidator(_none_as_empty)] = _many(
        "The customer segments the blocks refer to.", one=False
    )
    interaction: Annotated[list[Interaction], BeforeValidator(_none_as_empty)] = _many(
        "1. Interaction mode, one entry per segment.", one=False
    )
    touchpoints: Annotated[list[Touchpoint], BeforeValidator(_none_as_empty)] = _many(
        "2. Touchpoints along the customer journey.", one=False
    )
    tools: Annotated[list[Tool], BeforeValidator(_none_as_empty)] = _many(
        "3. Relationship tools and media.", one=False
    )
    loyalty: Annotated[list[Loyalty], BeforeValidator(_none_as_empty)] = _many(
        "4. Loyalty mechanisms.", one=False
    )
    involvement: Annotated[list[Involvement], BeforeValidator(_none_as_empty)] = _many(
        "5. Customer involvement.", one=False
    )
    evolution: Annotated[list[Evolution], BeforeValidator(_none_as_empty)] = _many(
        "6. Evolution of the relationship, stage by stage.", one=False
    )
    indicators: Annotated[list[Indicator], BeforeValidator(_none_as_empty)] = _many(
        "Measures of relationship quality, across blocks.", one=False
    )

    def segment(self, ident: str) -> Segment | None:
        return next((s for s in self.segments if s.id == ident), None)

    def touchpoint(self, ident: str) -> Touchpoint | None:
        return next((t for t in self.touchpoints if t.id == ident), None)

    def segment_name(self, ident: str) -> str:
        found = self.segment(ident)
        return found.name if found else ident

    def _repr_html_(self) -> str:
        """Jupyter shows a canvas as its sheet (in a frame, so that its styles stay in)."""
        from relcanvas.api import sheet_frame

        return sheet_frame(self)


BLOCK_KEYS: tuple[str, ...] = tuple(b.key for b in V.BLOCKS)


# --- Whole-file checks ------------------------------------------------------------------


@dataclass(frozen=True)
class IntegrityProblem:
    """A problem only the whole file shows: a dangling reference or a repeated id."""

    code: str
    path: Path
    message: Message
    related: Path | None = None
    """Where the first of two clashing entries stands, for the message."""


SUGGESTED_REFERENCES = 20
"""Dangling references that get a "did you mean": each costs a comparison with every id, so
past this many (a file of thousands of typos) they are reported without one."""


class _Suggester:
    """ "did you mean" for dangling references: cached, and only for the first few."""

    def __init__(self) -> None:
        self.left = SUGGESTED_REFERENCES
        self.cache: dict[tuple[str, str], str] = {}

    def __call__(self, value: str, kind: str, choices: list[str]) -> str:
        if (kind, value) in self.cache:
            return self.cache[kind, value]
        if self.left <= 0:
            return ""
        self.left -= 1
        match = difflib.get_close_matches(value[:100], choices, n=1, cutoff=0.6)
        hint = repr(match[0]) if match else ""
        self.cache[kind, value] = hint
        return hint


def integrity_problems(canvas: Canvas) -> Iterator[IntegrityProblem]:
    """Dangling references and repeated ids, each with the path of the offending value."""
    yield from _unique(canvas.segments, "segments", "id", "segment")
    yield from _unique(canvas.touchpoints, "touchpoints", "id", "touchpoint")
    yield from _unique(canvas.tools, "tools", "id", "tool")
    yield from _unique(canvas.interaction, "interaction", "segment", "interaction")

    known = {
        "segment": [s.id for s in canvas.segments],
        "touchpoint": [t.id for t in canvas.touchpoints],
    }
    refs: list[tuple[Path, str, str]] = [
        (("interaction", i, "segment"), inter.segment, "segment")
        for i, inter in enumerate(canvas.interaction)
    ]
    for block in ("touchpoints", "loyalty", "involvement", "evolution"):
        for i, entry in enumerate(getattr(canvas, block)):
            refs += [
                ((block, i, "segments", j), r, "segment") for j, r in enumerate(entry.segments)
            ]
    for i, tool in enumerate(canvas.tools):
        refs += [
            (("tools", i, "touchpoints", j), r, "touchpoint")
            for j, r in enumerate(tool.touchpoints)
        ]
    ids = {kind: set(values) for kind, values in known.items()}
    suggest = _Suggester()
    for path, ref, kind in refs:
        if ref not in ids[kind]:
            hint = suggest(ref, kind, known[kind])
            key, ref_text = ("value.dangling_hint" if hint else "value.dangling"), repr(ref)
            yield IntegrityProblem("RC014", path, msg(key, kind=kind, ref=ref_text, hint=hint))


def _unique(entries: list[Any], block: str, key: str, what: str) -> Iterator[IntegrityProblem]:
    first: dict[str, int] = {}
    for i, entry in enumerate(entries):
        value = getattr(entry, key)
        if value in first:
            derived = key == "id" and value == slugify(getattr(entry, "name", ""))
            field = "name" if derived else key
            message = "value.duplicate_derived" if derived else "value.duplicate"
            yield IntegrityProblem(
                "RC015",
                (block, i, field),
                msg(message, what=what, value=repr(value)),
                related=(block, first[value]),
            )
        else:
            first[value] = i
