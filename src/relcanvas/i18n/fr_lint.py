"""Français : ce que disent les règles (``rcNNN.*``), leurs pistes de correction, les bilans."""

from __future__ import annotations

from relcanvas.i18n import Entry, Plural

MESSAGES: dict[str, Entry] = {
    # --- field names quoted in messages (``{x:~field}``) ---
    "field.phase": "phase",
    "field.channel": "canal",
    "field.frequency": "fréquence",
    "field.objective": "objectif",
    "field.objectives": "objectifs",
    "field.actions": "actions",
    "field.duration": "durée",
    "field.signals": "signaux",
    "field.human_contact": "contact humain",
    "field.personalization": "personnalisation",
    "field.automation": "automatisation",
    "field.value": "valeur",
    "field.willingness_to_pay": "disposition à payer",
    # --- lint: the file and its format (RC0xx) ---
    "rc001.fix": "Enregistrez le fichier en UTF-8 (commande «\u00a0Enregistrer avec "
    "l’encodage\u00a0» de "
    "votre éditeur).",
    "rc002.fix": "Corrigez le YAML à la ligne indiquée (indentation, deux-points ou "
    "guillemet manquant)\u00a0; un seul document par fichier.",
    "rc003.fix": "Gardez une seule des deux clés et réunissez-y leurs valeurs.",
    "rc004.fix": "Retirez l’étiquette (`!!...`, `!nom`) et écrivez la valeur telle quelle.",
    "rc005.fix": "Écrivez les valeurs en toutes lettres plutôt que de les répéter avec des alias.",
    "rc006.fix": "Découpez le canevas, ou relevez la limite avec --max-size si le fichier est "
    "correct.",
    "rc007.fix": "Aplatissez la structure\u00a0: un canevas n’a besoin que de quelques niveaux.",
    "rc008.fix": "Commencez le fichier par des clés\u00a0: `relcanvas: 1`, puis `title:` et "
    "les blocs.",
    "rc009.fix": "Écrivez au moins `relcanvas: 1` et un `title`, ou lancez `relcanvas init`.",
    "rc010.fix": "Mettez `relcanvas: 1`, ou mettez à jour relcanvas pour lire le format plus "
    "récent.",
    "rc011.fix": "Corrigez l’orthographe de la clé, ou préfixez vos propres clés par `x-`.",
    "rc012.fix": "Écrivez une valeur du type ou du vocabulaire attendu (voir docs/format.md).",
    "rc013.fix": "Ajoutez la clé qui manque.",
    "rc014.fix": "Utilisez un identifiant que le fichier définit, ou définissez l’entrée qui "
    "manque.",
    "rc015.fix": "Donnez à chaque entrée son propre identifiant (`id:` quand deux noms se "
    "ressemblent).",
    "rc016.fix": "Écrivez la clé comme du texte.",
    "rc017.fix": "Retirez le commentaire\u00a0: il n’écarte plus aucun constat.",
    "rc018.fix": "Nommez des règles existantes\u00a0: `# relcanvas: ignore[CODE]` (voir "
    "`relcanvas rules`).",
    "rc019.fix": "Allégez le fichier, ou relevez la limite avec --limit NOM=N s’il est correct.",
    "lint.see_rule": "Voir `relcanvas rule {code}`.",
    # --- lint: block 1, interaction ---
    "rc101.message": "le segment {segment} n’a pas de mode d’interaction",
    "rc101.fix": "Ajoutez à `interaction` une entrée pour ce segment, avec ses trois niveaux.",
    "rc102.message": "le mode d’interaction de {segment} est incomplet (il manque\u00a0: "
    "{missing:~field})",
    "rc102.fix": "Renseignez `human_contact`, `personalization` et `automation` "
    "(faible, moyen ou élevé).",
    "rc103.differ": "les {count} segments {segments} reçoivent tous le même mode "
    "d’interaction, alors que leur valeur diffère\u00a0: {values:~level}",
    "rc103.unknown": "les {count} segments {segments} reçoivent tous le même mode "
    "d’interaction, alors que la valeur de {unknown} n’est pas donnée",
    "rc103.pay": "les {count} segments {segments} reçoivent tous le même mode "
    "d’interaction, alors que leur disposition à payer diffère\u00a0: {values:~level}",
    "rc103.unknown_pay": "les {count} segments {segments} reçoivent tous le même mode "
    "d’interaction, alors que la disposition à payer de {unknown} n’est pas donnée",
    "rc103.fix": "Donnez plus de contact humain ou de personnalisation aux segments qui "
    "valent le plus, plus d’automatisation aux autres.",
    "rc104.message": "le segment à forte valeur {top} n’a pas plus de contact humain ni de "
    "personnalisation que {other}",
    "rc104.fix": "Relevez `human_contact` ou `personalization` pour le segment à forte "
    "valeur, ou abaissez-les pour l’autre.",
    "rc105.contact": "contact humain élevé pour {segment}, un segment à faible {why:~field}",
    "rc105.dedicated": "assistance dédiée pour {segment}, un segment à faible {why:~field}",
    "rc105.fix": "Servez ce segment par le libre-service, l’automatisation ou une "
    "communauté, et réservez le contact humain aux segments qui le paient.",
    "rc106.message": "le segment à forte valeur {segment} est surtout automatisé, avec peu "
    "de contact humain",
    "rc106.fix": "Relevez `human_contact` pour ce segment, ou expliquez pourquoi sa "
    "`value` n’est pas élevée.",
    "rc107.message": "le segment {segment} n’a pas de valeur",
    "rc107.fix": "Donnez au segment une `value` (faible, moyenne ou élevée).",
    # --- lint: block 2, touchpoints ---
    "rc201.message": "le point de contact {touchpoint} est incomplet (il manque\u00a0: "
    "{missing:~field})",
    "rc201.fix": "Ajoutez au point de contact les champs qui manquent.",
    "rc202.message": "aucun point de contact après l’achat",
    "rc202.fix": "Ajoutez un point de contact pour la livraison ou l’intégration, et un pour "
    "le support ou le renouvellement.",
    "rc203.message": Plural(
        "aucun point de contact dans la phase du parcours {phases:~phase}",
        "aucun point de contact dans les phases du parcours {phases:~phase}",
    ),
    "rc203.fix": "Ajoutez un point de contact dans chaque phase citée, ou expliquez dans "
    "`notes` pourquoi elle n’en a pas besoin.",
    "rc204.message": "aucun point de contact n’est marqué comme moment de vérité",
    "rc204.fix": "Mettez `moment_of_truth: true` sur les points de contact qui décident si "
    "le client reste.",
    "rc205.message": "le point de contact d’intégration {touchpoint} n’est pas un moment de vérité",
    "rc205.fix": "Mettez `moment_of_truth: true` sur un point de contact d’intégration.",
    "rc206.message": "le point de contact de renouvellement {touchpoint} attend que le client "
    "se manifeste",
    "rc206.fix": "Mettez `proactive: true` sur un point de contact de renouvellement à notre "
    "initiative (un bilan, une offre).",
    "rc207.message": "aucun point de contact n’est à notre initiative",
    "rc207.fix": "Ajoutez un point de contact à notre initiative (`proactive: true`)\u00a0: "
    "un point d’étape, un conseil, un rappel.",
    "rc208.message": "{count} canaux distincts ({channels:@channel}), plus que les {limit} "
    "qu’une équipe peut bien servir",
    "rc208.fix": "Regroupez ou abandonnez des canaux, ou relevez `max_channels` si l’équipe "
    "peut les servir.",
    "rc209.message": Plural(
        "le canal {channel:@channel} n’a pas de délai de réponse (utilisé par {touchpoints})",
        "le canal {channel:@channel} n’a pas de délai de réponse (utilisé par {count} points "
        "de contact\u00a0: {touchpoints})",
    ),
    "rc209.fix": "Indiquez `response_time` (par exemple `4h`) sur un point de contact de ce canal.",
    "rc210.every": "chaque segment\u00a0: jusqu’à {most} contacts à notre initiative par an "
    "(limite {limit})",
    "rc210.every_pre": "chaque segment\u00a0: jusqu’à {most} contacts à notre initiative par "
    "an avant la vente (limite {limit})",
    "rc210.some": "{segments}\u00a0: jusqu’à {most} contacts à notre initiative par an "
    "(limite {limit})",
    "rc210.some_pre": "{segments}\u00a0: jusqu’à {most} contacts à notre initiative par an "
    "avant la vente (limite {limit})",
    "rc210.customers": "les clients\u00a0: jusqu’à {most} contacts à notre initiative par an "
    "(limite {limit})",
    "rc210.customers_pre": "les prospects\u00a0: jusqu’à {most} contacts à notre initiative "
    "par an avant la vente (limite {limit})",
    "rc210.fix": "Espacez les points de contact à notre initiative (`frequency`), ou "
    "regroupez-les.",
    # --- lint: block 3, tools ---
    "rc301.message": "l’outil {tool} ne sert aucun point de contact",
    "rc301.fix": "Listez dans `touchpoints` les points de contact que l’outil sert, ou retirez-le.",
    "rc302.none": "aucun outil n’alimente un historique client partagé",
    "rc302.apart": "l’outil {tool} garde son historique à l’écart des autres canaux",
    "rc302.fix": "Mettez `shared_history: true` sur les outils qui enregistrent les échanges "
    "avec les clients.",
    "rc303.message": "ce qui est promis lors de {touchpoint} n’arrive pas dans l’historique "
    "partagé consulté par le support",
    "rc303.fix": "Reliez ce point de contact d’avant-vente à un outil avec `shared_history: true`.",
    # --- lint: block 4, loyalty ---
    "rc401.message": "le dispositif {mechanism} ne dit pas ce que les clients y gagnent",
    "rc401.fix": "Ajoutez `customer_value`\u00a0: ce que le client retire du dispositif.",
    "rc402.message": "aucun dispositif de fidélisation pour le segment à forte valeur {segment}",
    "rc402.fix": "Ajoutez un dispositif de fidélisation pour ce segment (ou un pour tous les "
    "segments).",
    "rc403.message": "la fidélisation repose sur les seules remises",
    "rc403.fix": "Ajoutez un dispositif d’un autre type\u00a0: un service, un statut, une "
    "communauté, du contenu.",
    # --- lint: block 5, involvement ---
    "rc501.message": "le niveau d’implication {level:@involvement_level} n’a pas de dispositif",
    "rc501.fix": "Ajoutez `mechanism`\u00a0: comment les clients participent à ce niveau.",
    "rc502.message": "aucun dispositif pour recueillir les retours clients",
    "rc502.fix": "Ajoutez une entrée d’implication de niveau `feedback` (une enquête, un "
    "avis, un appel).",
    "rc503.message": "l’implication s’arrête aux retours clients",
    "rc503.fix": "Ajoutez un niveau au-delà des retours\u00a0: idées, co-création ou ambassadeurs.",
    # --- lint: block 6, evolution ---
    "rc601.message": "l’étape {stage:@stage} est incomplète (il manque\u00a0: {missing:~field})",
    "rc601.fix": "Complétez les champs qui manquent à l’étape.",
    "rc602.message": "la relation n’a qu’une seule étape",
    "rc602.fix": "Ajoutez les étapes qui suivent (intégration, développement, maturité…).",
    "rc603.message": "aucune étape après l’acquisition et l’intégration",
    "rc603.fix": "Ajoutez une étape de développement ou de maturité\u00a0: comment la relation "
    "s’approfondit.",
    "rc604.message": "aucune étape ne nomme de signal de risque",
    "rc604.fix": "Ajoutez `risk_signals` aux étapes\u00a0: ce qui montre qu’un client s’éloigne.",
    "rc605.message": "aucune étape pour réengager les clients inactifs",
    "rc605.fix": "Ajoutez une étape `reengagement`\u00a0: comment reconquérir les clients "
    "devenus silencieux.",
    # --- lint: whole canvas ---
    "rc701.empty": "le bloc {block:@block} est vide",
    "rc701.missing": "le bloc {block:@block} est absent",
    "rc701.fix": "Remplissez le bloc, même brièvement\u00a0: un bloc vide est une décision "
    "non prise.",
    "rc702.message": "aucun segment de clients n’est défini",
    "rc702.fix": "Ajoutez `segments`\u00a0: les groupes de clients que vous servez différemment.",
    "rc703.message": "aucun indicateur ne mesure la relation",
    "rc703.fix": "Ajoutez `indicators`\u00a0: au moins une mesure de perception et une "
    "mesure opérationnelle.",
    "rc704.message": "aucun indicateur de perception (NPS, CSAT ou CES) n’est mesuré",
    "rc704.fix": "Ajoutez un indicateur de type `nps`, `csat` ou `ces`.",
    "rc705.message": "uniquement des indicateurs de perception\u00a0: ajoutez-en un opérationnel",
    "rc705.fix": "Ajoutez un indicateur opérationnel (rétention, attrition, délai de réponse…).",
    "rc706.message": "l’indicateur {indicator} n’a pas de fréquence",
    "rc706.fix": "Ajoutez `frequency`\u00a0: à quel rythme l’indicateur est mesuré.",
    "rc707.none": "aucun auteur n’est nommé\u00a0: travaillez le canevas avec des profils "
    "complémentaires",
    "rc707.some": Plural(
        "les auteurs apportent {count} profil ({roles:~role})\u00a0; au moins {wanted} attendus",
        "les auteurs apportent {count} profils ({roles:~role})\u00a0; au moins {wanted} attendus",
    ),
    "rc707.no_role": Plural(
        "les auteurs n’indiquent aucun rôle\u00a0; au moins {wanted} profil attendu",
        "les auteurs n’indiquent aucun rôle\u00a0; au moins {wanted} profils attendus",
        by="wanted",
    ),
    "rc707.fix": "Nommez les auteurs avec leur `role`, et associez un autre profil.",
    "rc708.no_date": "le canevas n’a pas de date de revue (`updated`)",
    "rc708.stale": Plural(
        "dernière revue le {date}, il y a plus de {count} mois",
        "dernière revue le {date}, il y a plus de {count} mois",
    ),
    "rc708.fix": "Relisez le canevas en équipe et mettez `updated` à la date du jour.",
    # --- lint: engine ---
    "lint.internal_error": "erreur interne\u00a0: la règle {slug} a échoué ({error})\u00a0; "
    "merci de signaler l’erreur en joignant ce fichier",
    "lint.unused_suppression": "exclusion inutile\u00a0: {what}[{name}] ne couvre aucun "
    "constat ici\u00a0; retirez-la",
    "lint.bad_suppression": "exclusion illisible\u00a0: écrivez "
    "«\u00a0# relcanvas: ignore[CODE, ...]\u00a0» ou «\u00a0# relcanvas: ignore-file[CODE, "
    "...]\u00a0»",
    "lint.empty_suppression": "l’exclusion ne nomme aucune règle\u00a0: listez les codes "
    "entre les crochets [...]",
    "lint.unknown_in_suppression": "exclusion\u00a0: {problem}",
    # --- lint: summaries ---
    "lint.checked": Plural("{count} fichier vérifié", "{count} fichiers vérifiés"),
    "lint.no_findings": "{checked}\u00a0: aucun constat.",
    "lint.summary": "{checked}\u00a0: {findings} dans {files} ({parts}).",
    "lint.findings": Plural("{count} constat", "{count} constats"),
    "lint.files": Plural("{count} fichier", "{count} fichiers"),
    "lint.errors": Plural("{count} erreur", "{count} erreurs"),
    "lint.warnings": Plural("{count} avertissement", "{count} avertissements"),
    "lint.infos": Plural("{count} information", "{count} informations"),
    "lint.github_hidden": "GitHub affiche au plus {count} annotations de chaque niveau par "
    "étape\u00a0: la liste complète est dans le journal de l’étape.",
    "lint.fix_line": "correction\u00a0: {fix}",
}
