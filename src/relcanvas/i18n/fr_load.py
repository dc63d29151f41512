"""Français : ce que disent le chargement et ``validate`` d’un fichier (``load.*``, ``value.*``)."""

from __future__ import annotations

from relcanvas.i18n import Entry, Plural

MESSAGES: dict[str, Entry] = {
    # --- load: the file and its YAML ---
    "load.empty": "le fichier est vide\u00a0: un canevas demande au moins «\u00a0relcanvas: "
    "1\u00a0» "
    "et un titre",
    "load.wide_encoding": "le fichier est encodé en {encoding}\u00a0; enregistrez-le en UTF-8",
    "load.not_utf8": "l’octet 0x{byte} à la position {offset} n’est pas de l’UTF-8\u00a0; "
    "enregistrez le fichier en UTF-8",
    "load.not_yaml": "YAML non valide\u00a0: {error}",
    "load.syntax": "syntaxe YAML\u00a0: {problem}",
    "load.several_documents": "syntaxe YAML\u00a0: le fichier contient plus d’un document "
    "YAML\u00a0; un canevas est un seul document",
    "load.bad_character": "le caractère {character} n’est pas permis en YAML",
    "load.too_many_nodes": "plus de {limit:,} nœuds (relevez la limite avec --limit nodes=N)",
    "load.too_many_keys": "un dictionnaire de plus de {limit:,} clés (relevez la limite avec "
    "--limit keys=N)",
    "load.too_many_items": "une liste de plus de {limit:,} éléments (relevez la limite avec "
    "--limit items=N)",
    "load.too_long": "une valeur de {length:,} caractères, plus de {limit:,} (relevez la "
    "limite avec --limit scalar=N)",
    "load.misfit_value": "{value} n’est pas une valeur {tag}\u00a0; retirez l’étiquette ou "
    "corrigez la valeur",
    "load.misfit_mapping": "un dictionnaire n’est pas une valeur {tag}\u00a0; retirez "
    "l’étiquette ou corrigez la valeur",
    "load.misfit_list": "une liste n’est pas une valeur {tag}\u00a0; retirez l’étiquette ou "
    "corrigez la valeur",
    "load.recursive_anchor": "une ancre contient un alias vers elle-même (une structure récursive)",
    "load.alias_bomb": "les alias agrandissent le document de plus de {limit:,} nœuds (une "
    "bombe d’alias\u00a0?)",
    "load.forbidden_tag": "l’étiquette {tag} n’est pas permise\u00a0: seuls les types de base "
    "de YAML sont lus",
    "load.too_deep": "imbrication de plus de {limit} niveaux",
    "load.top_list": "le premier niveau doit être un dictionnaire (clé: valeur), pas une liste",
    "load.top_value": "le premier niveau doit être un dictionnaire (clé: valeur), pas une "
    "valeur seule",
    "load.too_many_digits": "un nombre de {digits:,} chiffres, plus de {limit:,}\u00a0; "
    "mettez-le entre guillemets pour le garder comme texte",
    "load.key_not_text": "une clé doit être du texte, pas une liste ni un dictionnaire",
    "load.duplicate_key": "clé {key} en double\u00a0: déjà définie ligne {line} (la seconde "
    "valeur l’emporterait sans avertissement)",
    "load.bad_merge": "une clé de fusion (<<) prend un dictionnaire ou une liste de dictionnaires",
    "load.too_many_entries": "{block}\u00a0: plus de {limit:,} entrées (relevez la limite "
    "avec --limit entries=N)",
    "load.too_many_references": "plus de {limit:,} références à des segments et points de "
    "contact (relevez la limite avec --limit references=N)",
    "load.input_too_large": "l’entrée dépasse la limite de {limit:,} octets (relevez-la avec "
    "--max-size)",
    "load.file_too_large": "le fichier fait {size:,} octets, au-delà de la limite de "
    "{limit:,} octets (relevez-la avec --max-size)",
    "load.more_problems": Plural(
        "{count:,} autre problème non affiché (relevez la limite de {limit:,} avec --limit "
        "problems=N)",
        "{count:,} autres problèmes non affichés (relevez la limite de {limit:,} avec --limit "
        "problems=N)",
    ),
    "load.no_version": "il manque «\u00a0relcanvas: 1\u00a0» (la version du format) en tête du "
    "fichier",
    "load.bad_version": "la version de format {version} n’est pas prise en charge\u00a0: "
    "cette version de relcanvas lit la version {readable}",
    # --- value: the canvas's keys and values ---
    "value.unknown_key": "clé inconnue {key}",
    "value.unknown_key_hint": "clé inconnue {key} (vouliez-vous dire {hint}\u00a0?)",
    "value.unknown_key_list": "clé inconnue {key}\u00a0; clés attendues\u00a0: {allowed}, ou "
    "une clé d’extension x-",
    "value.missing_key": "clé obligatoire {key} absente",
    "value.missing_key_in": "{block}, entrée {number}\u00a0: clé obligatoire {key} absente",
    "value.expected": "{name}\u00a0: il faut {expected:~kind}, pas {got}",
    "value.expected_kind": "{name}\u00a0: il faut {expected:~kind}, pas {got:~kind}",
    "value.expected_number": "{name}\u00a0: il faut {expected:~kind}, pas le nombre {got}",
    "value.empty": "{name}\u00a0: ne doit pas être vide",
    "value.bad_id": "{name}\u00a0: {value} n’est pas un identifiant valide (lettres, "
    "chiffres, «\u00a0-\u00a0», «\u00a0_\u00a0» et «\u00a0.\u00a0», en commençant par une lettre "
    "ou un chiffre)",
    "value.other": "{name}\u00a0: {problem}",
    "value.unknown_term": "{name}\u00a0: {value} n’est pas une valeur connue "
    "({vocabulary:~vocabulary})\u00a0; valeurs attendues\u00a0: {expected}",
    "value.unknown_term_hint": "{name}\u00a0: {value} n’est pas une valeur connue "
    "({vocabulary:~vocabulary})\u00a0; valeurs attendues\u00a0: {expected} (vouliez-vous dire "
    "{hint}\u00a0?)",
    "value.term_type": "{name}\u00a0: il faut une valeur parmi {expected}, pas {got:~kind}",
    "value.dangling": "aucun {kind:~ref} n’a l’identifiant {ref}",
    "value.dangling_hint": "aucun {kind:~ref} n’a l’identifiant {ref} (vouliez-vous dire "
    "{hint}\u00a0?)",
    "value.duplicate": "{what:~dup} {value} en double",
    "value.duplicate_derived": "{what:~dup} {value} en double (tiré du nom\u00a0: donnez à "
    "l’un un identifiant explicite)",
    "value.duplicate_first": "{what:~dup} {value} en double (première fois ligne {line})",
    "value.duplicate_derived_first": "{what:~dup} {value} en double (tiré du nom\u00a0: "
    "donnez à l’un un identifiant explicite\u00a0; première fois ligne {line})",
    "ref.segment": "segment",
    "ref.touchpoint": "point de contact",
    "dup.segment": "identifiant de segment",
    "dup.touchpoint": "identifiant de point de contact",
    "dup.tool": "identifiant d’outil",
    "dup.interaction": "entrée d’interaction pour",
    "kind.mapping": "un dictionnaire",
    "kind.list": "une liste",
    "kind.nothing": "une valeur vide",
    "kind.bool": "un booléen (true ou false)",
    "kind.whole_number": "un nombre entier",
    "kind.number": "un nombre",
    "kind.other": "une valeur d’un autre type",
    "kind.text": "du texte",
    "kind.true_false": "true ou false",
    "kind.mapping_of_keys": "un dictionnaire de clés",
    "kind.date": "une date (AAAA-MM-JJ)",
    "kind.date_only": "une date sans heure (AAAA-MM-JJ)",
}
