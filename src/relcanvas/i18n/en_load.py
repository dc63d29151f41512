"""English: what the loader and ``validate`` say about a file (``load.*``, ``value.*``)."""

from __future__ import annotations

from relcanvas.i18n import Entry, Plural

MESSAGES: dict[str, Entry] = {
    # --- load: the file and its YAML ---
    "load.empty": "file is empty: a canvas needs at least 'relcanvas: 1' and a title",
    "load.wide_encoding": "file is {encoding} encoded; save it as UTF-8",
    "load.not_utf8": "byte 0x{byte} at offset {offset} is not UTF-8; save the file as UTF-8",
    "load.not_yaml": "not valid YAML: {error}",
    "load.syntax": "YAML syntax: {problem}",
    "load.several_documents": "YAML syntax: the file holds more than one YAML document; a "
    "canvas is one document",
    "load.bad_character": "character {character} is not allowed in YAML",
    "load.too_many_nodes": "more than {limit:,} nodes (raise it with --limit nodes=N)",
    "load.too_many_keys": "a mapping of more than {limit:,} keys (raise it with --limit keys=N)",
    "load.too_many_items": "a list of more than {limit:,} items (raise it with --limit items=N)",
    "load.too_long": "a value of {length:,} characters, more than {limit:,} (raise it with "
    "--limit scalar=N)",
    "load.misfit_value": "{value} is not a {tag} value; remove the tag or fix the value",
    "load.misfit_mapping": "a mapping is not a {tag} value; remove the tag or fix the value",
    "load.misfit_list": "a list is not a {tag} value; remove the tag or fix the value",
    "load.recursive_anchor": "an anchor contains an alias to itself (a recursive structure)",
    "load.alias_bomb": "aliases expand the document by more than {limit:,} nodes (an alias bomb?)",
    "load.forbidden_tag": "tag {tag} is not allowed: only YAML's core types are read",
    "load.too_deep": "nesting deeper than {limit} levels",
    "load.top_list": "the top level must be a mapping (key: value), not a list",
    "load.top_value": "the top level must be a mapping (key: value), not a single value",
    "load.too_many_digits": "a number of {digits:,} digits, more than {limit:,}; quote it to "
    "keep it as text",
    "load.key_not_text": "a key must be text, not a list or a mapping",
    "load.duplicate_key": "duplicate key {key}: also defined at line {line} (the later value "
    "would silently win)",
    "load.bad_merge": "a merge key (<<) takes a mapping or a list of mappings",
    "load.too_many_entries": "{block}: more than {limit:,} entries (raise it with --limit "
    "entries=N)",
    "load.too_many_references": "more than {limit:,} references to segments and touchpoints "
    "(raise it with --limit references=N)",
    "load.input_too_large": "input is over the limit of {limit:,} bytes (raise it with --max-size)",
    "load.file_too_large": "file is {size:,} bytes, over the limit of {limit:,} bytes (raise "
    "it with --max-size)",
    "load.more_problems": Plural(
        "{count:,} more problem not shown (raise the limit of {limit:,} with --limit problems=N)",
        "{count:,} more problems not shown (raise the limit of {limit:,} with --limit problems=N)",
    ),
    "load.no_version": "missing 'relcanvas: 1' (the format version) at the top of the file",
    "load.bad_version": "format version {version} is not supported: this release of "
    "relcanvas reads version {readable}",
    # --- value: the canvas's keys and values ---
    "value.unknown_key": "unknown key {key}",
    "value.unknown_key_hint": "unknown key {key} (did you mean {hint}?)",
    "value.unknown_key_list": "unknown key {key}; expected one of {allowed}, or an x- "
    "extension key",
    "value.missing_key": "missing required key {key}",
    "value.missing_key_in": "{block} entry {number}: missing required key {key}",
    "value.expected": "{name}: expected {expected:~kind}, got {got}",
    "value.expected_kind": "{name}: expected {expected:~kind}, got {got:~kind}",
    "value.expected_number": "{name}: expected {expected:~kind}, got the number {got}",
    "value.empty": "{name}: must not be empty",
    "value.bad_id": "{name}: {value} is not a valid id (letters, digits, '-', '_' and '.', "
    "starting with a letter or digit)",
    "value.other": "{name}: {problem}",
    "value.unknown_term": "{name}: {value} is not a known {vocabulary:~vocabulary}; "
    "expected one of {expected}",
    "value.unknown_term_hint": "{name}: {value} is not a known {vocabulary:~vocabulary}; "
    "expected one of {expected} (did you mean {hint}?)",
    "value.term_type": "{name}: expected one of {expected}, not {got:~kind}",
    "value.dangling": "no {kind:~ref} has the id {ref}",
    "value.dangling_hint": "no {kind:~ref} has the id {ref} (did you mean {hint}?)",
    "value.duplicate": "duplicate {what:~dup} {value}",
    "value.duplicate_derived": "duplicate {what:~dup} {value} (derived from the name: give "
    "one an explicit id)",
    "value.duplicate_first": "duplicate {what:~dup} {value} (first at line {line})",
    "value.duplicate_derived_first": "duplicate {what:~dup} {value} (derived from the name: "
    "give one an explicit id) (first at line {line})",
    "ref.segment": "segment",
    "ref.touchpoint": "touchpoint",
    "dup.segment": "segment id",
    "dup.touchpoint": "touchpoint id",
    "dup.tool": "tool id",
    "dup.interaction": "interaction entry for",
    "kind.mapping": "a mapping",
    "kind.list": "a list",
    "kind.nothing": "nothing",
    "kind.bool": "true/false",
    "kind.whole_number": "a whole number",
    "kind.number": "a number",
    "kind.other": "a value of another type",
    "kind.text": "text",
    "kind.true_false": "true or false",
    "kind.mapping_of_keys": "a mapping of keys",
    "kind.date": "a date (YYYY-MM-DD)",
    "kind.date_only": "a date without a time (YYYY-MM-DD)",
}
