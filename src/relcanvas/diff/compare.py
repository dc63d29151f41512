"""What changed between two canvases, entry by entry, matched by identity and never by position.

Both sides are compared as validated models, not as YAML: the loader has already turned
French labels into identifiers, dropped comments and quoting, and derived missing ids, so
none of that can show up as a change. List fields are compared as sets, free text with its
line breaks folded, so reordering or re-wrapping is not a change either.

The steps live in their own modules: :mod:`~relcanvas.diff.normal` (comparable forms),
:mod:`~relcanvas.diff.matching` (pairing by identity), :mod:`~relcanvas.diff.renames` (what
identity left unpaired but is one entry renamed) and :mod:`~relcanvas.diff.emit` (the changes).
References in other blocks are translated through renames before those blocks are paired.
"""

from __future__ import annotations

from relcanvas.diff.changes import Change, Diff, Kind
from relcanvas.diff.emit import Block, block_changes, implied_by, metadata_changes
from relcanvas.diff.matching import match
from relcanvas.diff.normal import BLOCK_ORDER, METADATA, SPECS, Side, normal
from relcanvas.diff.renamed import Evidence
from relcanvas.diff.renames import renames_of
from relcanvas.model import Canvas

__all__ = ["BLOCK_ORDER", "METADATA", "Change", "Diff", "Kind", "compare"]


def compare(old: Canvas, new: Canvas) -> Diff:
    """Every change from ``old`` to ``new``, block by block in canvas order."""
    renames: dict[str, dict[str, str]] = {"segments": {}, "touchpoints": {}}
    evidence = Evidence.of(old, new)
    results: dict[str, Block] = {}
    for spec in SPECS:
        olds = [Side(e, normal(e, renames), normal(e)) for e in getattr(old, spec.block)]
        news = [Side(e, normal(e), normal(e)) for e in getattr(new, spec.block)]
        pairs, removed, added = match(spec, olds, news)
        renamed = renames_of(spec, removed, added, evidence)
        if spec.block in renames:
            renames[spec.block].update(
                (o.norm["id"], n.norm["id"]) for o, n in renamed if o.norm["id"] != n.norm["id"]
            )
        results[spec.block] = Block(spec, pairs, renamed, removed, added)

    implied = implied_by(results, renames)
    changes = metadata_changes(old, new)
    for spec in SPECS:
        changes.extend(block_changes(results[spec.block], results, renames, implied))
    return Diff(old, new, changes)
