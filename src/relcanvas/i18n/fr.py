"""Catalogue français : id de message -> modèle (voir :mod:`relcanvas.i18n`).

Mêmes ids et mêmes paramètres que :mod:`relcanvas.i18n.en`, dans le même ordre. Les
grands domaines ont leur propre module (``fr_lint``...), réunis ici.
"""

from __future__ import annotations

from relcanvas.i18n import Entry, Plural
from relcanvas.i18n.fr_cli import MESSAGES as CLI
from relcanvas.i18n.fr_help import MESSAGES as HELP
from relcanvas.i18n.fr_lint import MESSAGES as LINT
from relcanvas.i18n.fr_load import MESSAGES as LOAD
from relcanvas.i18n.fr_rules import MESSAGES as RULES
from relcanvas.i18n.fr_ui import MESSAGES as UI

MESSAGES: dict[str, Entry] = {
    # --- common ---
    "common.files": Plural("{count} fichier", "{count} fichiers"),
    "common.where": "{where}\u00a0: {message}",
    # --- ci ---
    "ci.format.text": "chemin:ligne:colonne: CODE message, par fichier, avec un bilan",
    "ci.format.json": "chaque constat et un bilan en JSON (docs/lint-output.md)",
    "ci.format.sarif": "SARIF 2.1.0 pour l’analyse de code (aide des règles, empreintes)",
    "ci.format.github": "annotations GitHub Actions sur les lignes de la pull request",
    "ci.format.gitlab": "rapport Code Quality de GitLab pour les merge requests",
    "ci.format.junit": "JUnit XML\u00a0: une suite de tests par fichier, un test en échec par "
    "constat",
    # --- log ---
    "log.quiet": Plural(
        "{count} commit sans changement stratégique", "{count} commits sans changement stratégique"
    ),
    "log.invalid": "{commit} {date}\u00a0: version invalide\u00a0: {path}:{line}:{column}\u00a0: "
    "{code} {message}",
    "log.too_large": "{commit} {date}\u00a0: version non lue\u00a0: au-delà de la limite de "
    "{limit} octets",
    "log.link": "{commit} {date}\u00a0: version non lue\u00a0: le chemin est un lien symbolique",
    "log.created": Plural("canevas créé avec {count} entrée", "canevas créé avec {count} entrées"),
    "log.baseline": Plural(
        "Point de départ\u00a0: le canevas créé dans {commit} ({date}), avec {count} entrée.",
        "Point de départ\u00a0: le canevas créé dans {commit} ({date}), avec {count} entrées.",
    ),
    "log.no_strategic_change": "aucun changement stratégique",
    "log.merge": "fusion, sans changement propre",
    "log.empty": "Aucun commit n’a changé la stratégie.",
    "log.changelog_title": "Évolution de la stratégie\u00a0: {title}",
    "log.range": Plural(
        "De {first} ({first_date}) à {last} ({last_date})\u00a0: {count} commit avec des "
        "changements stratégiques.",
        "De {first} ({first_date}) à {last} ({last_date})\u00a0: {count} commits avec des "
        "changements stratégiques.",
    ),
    "log.summary": "Synthèse",
    "log.block": "Bloc",
    "log.levels": "Niveaux relevés et abaissés, par segment",
    "log.no_levels": "Aucun niveau n’a changé.",
    "log.level": "Niveau",
    "log.change": "Changement",
    "log.raised": "relevé",
    "log.lowered": "abaissé",
    "log.by_block": "Changements par bloc",
    "log.timeline_title": "Frise de la stratégie\u00a0: {title}",
    "log.timeline_levels": "Niveaux par segment",
    "log.chart_label": Plural(
        "{segment}\u00a0: contact humain, personnalisation et automatisation sur {count} version",
        "{segment}\u00a0: contact humain, personnalisation et automatisation sur {count} versions",
    ),
    "log.not_set": "non renseigné",
    "log.decisions": "Décisions",
    "log.generated": "Produit par relcanvas {version} à partir de l’historique git de {path}.",
    "log.usage": "log prend [PLAGE_DE_RÉVISIONS] CHEMIN",
    "log.is_directory": "{path}\u00a0: c’est un dossier, pas un fichier de canevas",
    "log.not_a_date": "{value!r} n’est pas une date",
    "log.not_a_range": "{value!r} n’est pas une plage de révisions",
    "log.unknown_range": "plage de révisions inconnue\u00a0: {value!r}",
    "log.not_in_history": "{path}\u00a0: absent de l’historique de son dépôt",
    "log.needs_output": "--format {format} écrit un fichier\u00a0: indiquez -o FICHIER",
    "log.pdf_unavailable": "impossible de produire un PDF\u00a0: {reason}",
    # --- tools ---
    "tools.fmt.would_reformat": "À reformater\u00a0: {path}",
    "tools.fmt.invalid": "{path}\u00a0: ce n’est pas un canevas valide, laissé tel quel",
    "tools.fmt.unsafe": (
        "{path}\u00a0: impossible de le réécrire sans en changer le sens, laissé tel quel"
    ),
    "tools.fmt.none": "aucun canevas dans les chemins donnés",
    "tools.fmt.reformatted": Plural("{count} fichier reformaté", "{count} fichiers reformatés"),
    "tools.fmt.unchanged": Plural("{count} fichier inchangé", "{count} fichiers inchangés"),
    "tools.fmt.would": Plural("{count} fichier à reformater", "{count} fichiers à reformater"),
    "tools.fmt.formatted": Plural("{count} fichier déjà formaté", "{count} fichiers déjà formatés"),
    "tools.api.invalid": Plural(
        "{name}\u00a0: ce n’est pas un canevas valide ({count} problème), {first}",
        "{name}\u00a0: ce n’est pas un canevas valide ({count} problèmes), le premier\u00a0: "
        "{first}",
    ),
    "tools.api.choice": "{name} inconnu «\u00a0{value}\u00a0»\u00a0: valeurs possibles\u00a0: "
    "{choices}",
    "tools.git.added": "{file}\u00a0: ajouté {line}",
    "tools.git.marked": "{file}\u00a0: les canevas sont déjà confiés au pilote de diff relcanvas",
    "tools.git.configured": (
        "git config ({scope})\u00a0: diff.relcanvas.command vaut désormais {command}"
    ),
    "tools.git.kept": "git config ({scope})\u00a0: diff.relcanvas.command vaut déjà {command}, "
    "conservé",
    "tools.git.scope.local": "ce dépôt",
    "tools.git.scope.global": "global",
    "tools.git.error.git": "git n’est pas installé",
    "tools.git.error.not_a_repository": (
        "pas dans un dépôt git (--global configure le pilote pour tous vos dépôts)"
    ),
    "tools.git.error.config": "git n’a pas pu écrire sa configuration",
    "tools.git.suggest": (
        "astuce\u00a0: lancez «\u00a0relcanvas git setup\u00a0» pour que git diff montre "
        "ce qui a changé dans le canevas"
    ),
    "tools.cli.no_such_file": "{path}\u00a0: fichier introuvable",
    "tools.preview.serving": (
        "{path} est affiché sur {url} (rechargé à chaque enregistrement\u00a0; Ctrl-C pour arrêter)"
    ),
    "tools.preview.stopped": "Aperçu arrêté.",
    "tools.preview.port": "impossible d’écouter sur le port {port} de 127.0.0.1\u00a0: {reason}",
    "tools.preview.invalid": "{name} n’est pas un canevas valide",
    "tools.preview.waiting": "La page se recharge au prochain enregistrement.",
    "common.raw": "{text}",
    **CLI,
    **HELP,
    **LINT,
    **LOAD,
    **RULES,
    **UI,
    # --- render ---
    "render.step_time": "Temps conseillé\u00a0: {minutes}\u00a0min",
    "render.total_time": "Environ {minutes}\u00a0min en tout, avec toute l’équipe",
    "render.blank_map_intro": (
        "Une ligne par segment\u00a0: sa lettre et son nom, la part de contact humain, de "
        "personnalisation et d’automatisation qu’il reçoit, puis, sous chaque phase, les "
        "points de contact qui le servent. Marquez d’une étoile les moments de vérité\u00a0; "
        "laissez vide une phase sans contact."
    ),
    "render.blank_key": "Lettre",
    "render.with_map_needs_blank": (
        "--with-map ajoute une carte vierge au support d’atelier\u00a0: à utiliser avec --blank"
    ),
    # --- perf ---
    "perf.jobs": (
        "Processus de travail (par défaut\u00a0: un par cœur au-delà de 50\u00a0fichiers\u00a0; "
        "1 pour tout faire dans un seul processus)."
    ),
    "perf.no_cache": "Ne pas lire ni écrire le cache de lint (.relcanvas_cache).",
    "perf.worker_died": "un processus de travail s’est arrêté de façon inattendue "
    "(mémoire épuisée\u00a0?)\u00a0; réessayez avec --jobs 1",
}
