"""The JSON Schema of the format, generated from the models (editors show its texts)."""

from __future__ import annotations

import json
from typing import Any

from relcanvas.model import Canvas

SCHEMA_FILE = "relcanvas-1.schema.json"
SCHEMA_URL = f"https://raw.githubusercontent.com/relcanvas/relcanvas/main/schemas/{SCHEMA_FILE}"


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of format version 1."""
    schema = Canvas.model_json_schema(mode="validation")
    for model in (schema, *schema.get("$defs", {}).values()):
        _title_properties(model)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_URL,
        **schema,
        "description": (
            "A 'Modes de relation' customer-relationship canvas, format version 1. "
            "The schema checks structure and vocabularies; references between blocks, unique "
            "ids and duplicate keys are checked by 'relcanvas validate'."
        ),
    }


def _title_properties(model: dict[str, Any]) -> None:
    """Editors show a property's title on hover: give the enum-typed ones one too."""
    for key, prop in model.get("properties", {}).items():
        prop.setdefault("title", key.replace("_", " ").title())


def schema_text() -> str:
    """The schema as it is checked in: sorted keys would hide the field order, so none."""
    return json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"
