"""Français : la documentation des règles (``rcNNN.summary``, ``.why``, ``.notes``,
``.option.*``)."""

from __future__ import annotations

from relcanvas.i18n import Entry, Plural

MESSAGES: dict[str, Entry] = {
    # --- ruledoc: the sections of a rule's documentation ---
    "ruledoc.section": "{title}\u00a0:",
    "ruledoc.what": "Ce qu’elle vérifie",
    "ruledoc.why": "Pourquoi c’est important",
    "ruledoc.example": "Exemple",
    "ruledoc.instead": "À la place",
    "ruledoc.fix": "Comment corriger",
    "ruledoc.notes": "Précisions",
    "ruledoc.options": "Options",
    "ruledoc.source": "Source",
    "ruledoc.severity": "Gravité",
    "ruledoc.block": "Bloc",
    "ruledoc.aliases": "Autres noms",
    "ruledoc.header": "{code} {slug} ({severity}, bloc\u00a0: {block})",
    "ruledoc.option_line": "{name} = {default} (de {minimum} à {maximum})\u00a0: {description}",
    "ruledoc.option_head": "| option | par défaut | plage | sens |",
    "ruledoc.range": "de {minimum} à {maximum}",
    "ruledoc.format": "le format de fichier relcanvas",
    "ruledoc.seed": Plural("document de référence {numbers}", "documents de référence {numbers}"),
    "ruledoc.table_head": "| code | nom | gravité | bloc | résumé |",
    "ruledoc.title": "Les règles d’analyse de relcanvas",
    "ruledoc.intro": "Chaque règle a un code stable, un nom (accepté partout où le code l’est), "
    "une gravité par défaut et le bloc qu’elle concerne. Sélectionnez-les, ignorez-les, "
    "changez leur gravité et réglez-les dans `[tool.relcanvas]` (voir "
    "`docs/lint-output.md`), ou acceptez un constat par un commentaire "
    "`# relcanvas: ignore[CODE]`. `relcanvas rule CODE` affiche une règle.",
    "ruledoc.generated": "<!-- Produit par `python -m relcanvas.lint.docs fr` (make docs). Ne "
    "pas modifier. -->",
    "ruledoc.family0": "Fichier et format (RC0xx)",
    "ruledoc.family1": "Mode d’interaction (RC1xx)",
    "ruledoc.family2": "Points de contact (RC2xx)",
    "ruledoc.family3": "Outils (RC3xx)",
    "ruledoc.family4": "Fidélisation (RC4xx)",
    "ruledoc.family5": "Implication de la clientèle (RC5xx)",
    "ruledoc.family6": "Évolution de la relation (RC6xx)",
    "ruledoc.family7": "Ensemble du canevas et méthode (RC7xx)",
    "severity.error": "erreur",
    "severity.warning": "avertissement",
    "severity.info": "information",
    "scope.canvas": "canevas",
    "scope.file": "fichier",
    # --- RC001 not-utf8 ---
    "rc001.summary": "Le fichier n’est pas du texte UTF-8",
    "rc001.why": (
        "Un canevas passe d’un éditeur à un outil de mise en page et à la gestion de versions"
        "\u00a0; seul le texte UTF-8 se lit partout de la même façon. Un fichier enregistré en "
        "Latin-1 ou en UTF-16 afficherait les libellés accentués en charabia\u00a0: relcanvas "
        "le refuse et nomme le premier octet fautif."
    ),
    # --- RC002 yaml-syntax ---
    "rc002.summary": "Le fichier n’est pas du YAML bien formé, ou contient plus d’un document",
    "rc002.why": (
        "Rien d’autre ne peut être vérifié tant que le YAML lui-même ne se lit pas. Un fichier "
        "contient un seul canevas\u00a0: un second document après `---` est refusé lui aussi."
    ),
    # --- RC003 duplicate-key ---
    "rc003.summary": "Un dictionnaire nomme deux fois la même clé",
    "rc003.why": (
        "La plupart des lecteurs YAML gardent sans rien dire la dernière de deux clés "
        "identiques\u00a0: la moitié de ce que l’équipe a écrit disparaîtrait. relcanvas nomme "
        "plutôt les deux lignes."
    ),
    # --- RC004 forbidden-tag ---
    "rc004.summary": (
        "Une étiquette YAML autre que celles de base (str, int, map…), ou une étiquette de "
        "base sur une valeur d’un autre type"
    ),
    "rc004.why": (
        "Des étiquettes comme `!!python/object` demandent au lecteur YAML de construire des "
        "objets, un moyen classique d’exécuter du code depuis un fichier de données. Un "
        "canevas n’a besoin que de texte, de nombres, de dates, de listes et de "
        "dictionnaires\u00a0: toute autre étiquette est refusée avant toute construction, de "
        "même qu’une étiquette de base sur une valeur d’un autre type (`!!int abc`)."
    ),
    # --- RC005 alias-expansion ---
    "rc005.summary": "Les alias dépassent la limite, ou une ancre se contient elle-même",
    "rc005.why": (
        "Ancres et alias permettent à quelques lignes de se déployer en millions de nœuds "
        "(l’attaque «\u00a0billion laughs\u00a0») ou en une structure qui se contient elle-même. "
        "relcanvas compte ce que les alias ajoutent et s’arrête au-delà d’une limite."
    ),
    "rc005.notes": (
        "(L’exemple est vérifié avec une limite de 20 nœuds\u00a0; la valeur par défaut réelle "
        "est de 100\u202f000.)"
    ),
    # --- RC006 file-too-large ---
    "rc006.summary": "Le fichier dépasse la taille limite",
    "rc006.why": (
        "Un canevas est une page de décisions, pas un vidage de données\u00a0; un fichier "
        "énorme est plus probablement une erreur ou une attaque qu’un canevas. La limite "
        "(5 Mo par défaut) se relève avec `--max-size`."
    ),
    "rc006.notes": "(L’exemple est vérifié avec une limite de 300 octets.)",
    # --- RC007 nesting-too-deep ---
    "rc007.summary": "Dictionnaires et listes sont imbriqués au-delà de la limite",
    "rc007.why": (
        "libyaml construit les listes et dictionnaires imbriqués par récursion\u00a0: un fichier "
        "assez profond peut faire tomber le lecteur. Un canevas n’a besoin que de quelques "
        "niveaux\u00a0; relcanvas refuse une imbrication plus profonde avant de la lire."
    ),
    "rc007.notes": (
        "(L’exemple est vérifié avec une profondeur limite de 4\u00a0; la valeur par défaut "
        "réelle est de 64.)"
    ),
    # --- RC008 root-not-mapping ---
    "rc008.summary": "Le premier niveau du fichier n’est pas un dictionnaire de clés",
    "rc008.why": (
        "Les six blocs sont les clés d’un même dictionnaire de premier niveau. Une liste ou une "
        "valeur seule ne peut pas les contenir, souvent le signe que le mauvais fichier a été "
        "nommé."
    ),
    # --- RC009 empty-file ---
    "rc009.summary": "Le fichier ne contient aucun canevas",
    "rc009.why": (
        "Un fichier vide, ou qui ne contient que des commentaires, n’est pas un brouillon de "
        "canevas\u00a0: il n’a pas été commencé. `relcanvas init` écrit un canevas de départ "
        "valide."
    ),
    # --- RC010 unsupported-version ---
    "rc010.summary": "La version du format n’est pas une version que cette édition sait lire",
    "rc010.why": (
        "La clé `relcanvas:` dit quelle version du format le fichier suit, pour qu’un fichier "
        "plus récent soit refusé clairement plutôt que mal lu par une édition plus ancienne."
    ),
    # --- RC011 unknown-key ---
    "rc011.summary": "Une clé que le format ne connaît pas (les extensions commencent par x-)",
    "rc011.why": (
        "Une clé mal orthographiée (`touchpionts`) serait sinon ignorée sans rien dire, et le "
        "bloc paraîtrait vide. Vos propres données vont sous des clés qui commencent par `x-`."
    ),
    # --- RC012 invalid-value ---
    "rc012.summary": "Une valeur du mauvais type ou hors de son vocabulaire",
    "rc012.why": (
        "Niveaux, phases et types viennent de listes fermées, pour que l’analyse, la "
        "comparaison et la mise en page puissent raisonner dessus\u00a0; une valeur hors de la "
        "liste, ou du mauvais type, est refusée."
    ),
    # --- RC013 missing-key ---
    "rc013.summary": "Une clé obligatoire manque",
    "rc013.why": (
        "Certaines clés donnent son sens à un canevas ou à une entrée\u00a0: le titre, "
        "l’identifiant et le nom d’un segment. Sans elles, l’entrée ne peut être ni citée ni "
        "affichée."
    ),
    # --- RC014 dangling-reference ---
    "rc014.summary": "Une référence nomme un identifiant que le fichier ne définit pas",
    "rc014.why": (
        "Les blocs renvoient aux segments et aux points de contact par leur identifiant. Une "
        "référence à un identifiant absent est une faute de frappe ou un reste, et le lien "
        "qu’elle devait montrer est perdu."
    ),
    # --- RC015 duplicate-id ---
    "rc015.summary": "Deux entrées d’un bloc partagent le même identifiant",
    "rc015.why": (
        "Un identifiant nomme une seule entrée\u00a0; deux entrées au même identifiant rendent "
        "ambiguë chaque référence."
    ),
    # --- RC016 non-text-key ---
    "rc016.summary": "Une clé qui est une liste ou un dictionnaire au lieu d’un texte",
    "rc016.why": (
        "YAML accepte une liste ou un dictionnaire comme clé\u00a0; un canevas n’en a jamais "
        "besoin, et de telles clés ne peuvent être nommées ni dans les messages, ni dans les "
        "comparaisons, ni dans les mises en page."
    ),
    # --- RC017 unused-suppression ---
    "rc017.summary": "Un commentaire `# relcanvas: ignore[...]` qui n’écarte aucun constat",
    "rc017.why": (
        "Une exclusion est la décision d’accepter un constat. Une fois le canevas modifié "
        "et le constat disparu, un commentaire périmé cacherait sans rien dire le constat "
        "suivant, sans rapport, de la même règle au même endroit. Retirez-le quand il ne "
        "s’applique plus."
    ),
    "rc017.notes": "Seules les règles actives pour le fichier sont vérifiées ainsi.",
    # --- RC018 invalid-suppression ---
    "rc018.summary": (
        "Un commentaire `# relcanvas:` qui ne nomme aucune règle, ou une règle qui n’existe pas"
    ),
    "rc018.why": (
        "Une exclusion au code mal orthographié n’écarte rien, alors que le commentaire "
        "laisse croire que le constat a été accepté. relcanvas dit quelle partie il n’a pas "
        "su lire, avec le code ou le nom de règle le plus proche."
    ),
    # --- RC019 over-limit ---
    "rc019.summary": (
        "Le fichier dépasse une limite (nœuds, clés, éléments, entrées, références, "
        "caractères d’une valeur, chiffres d’un nombre), ou compte plus de problèmes que ceux "
        "affichés"
    ),
    "rc019.why": (
        "Un canevas peut venir de la demande de fusion de n’importe qui, et chaque nœud, clé, "
        "élément ou référence coûte du temps et de la mémoire à vérifier. Au-delà de limites "
        "bien supérieures aux besoins d’un canevas, relcanvas refuse le fichier avant d’en "
        "lire la suite (et affiche au plus 100 problèmes par fichier, puis une ligne qui "
        "compte les autres). Chaque limite se relève avec `--limit NOM=N`."
    ),
    "rc019.notes": "(L’exemple est vérifié avec une limite de 3 éléments par liste.)",
    # --- RC101 segment-without-interaction ---
    "rc101.summary": "Un segment n’a pas d’entrée dans le bloc mode d’interaction",
    "rc101.why": (
        "Le bloc 1 décide, segment par segment, de la part de contact humain, de "
        "personnalisation et d’automatisation de chacun. Un segment oublié n’a pas de "
        "relation pensée\u00a0: il reçoit ce qui se présente."
    ),
    "rc101.notes": (
        "(Un bloc d’interaction sans aucune entrée est signalé une seule fois par empty-block.)"
    ),
    # --- RC102 interaction-without-levels ---
    "rc102.summary": (
        "Une entrée d’interaction laisse vide le contact humain, la personnalisation ou "
        "l’automatisation"
    ),
    "rc102.why": (
        "Les trois niveaux sont la substance du bloc 1\u00a0: ils placent le curseur entre une "
        "relation proche et sur mesure et une relation autonome et numérique, et ils décident "
        "du coût de service. Une entrée sans eux ne dit rien sur quoi l’équipe puisse agir."
    ),
    # --- RC103 one-size-for-all ---
    "rc103.summary": (
        "Tous les segments reçoivent exactement les mêmes types et niveaux de relation"
    ),
    "rc103.why": (
        "Traiter tous les clients de la même façon est une erreur classique\u00a0: les segments "
        "diffèrent par ce qu’ils valent, attendent et acceptent de payer, et la relation doit "
        "différer aussi."
    ),
    "rc103.notes": (
        "Les segments déclarés avec la même valeur et la même disposition à payer ne sont pas "
        "signalés."
    ),
    # --- RC104 value-not-differentiated ---
    "rc104.summary": (
        "Un segment à forte valeur n’a pas plus de contact humain ni de personnalisation "
        "qu’un segment à faible valeur"
    ),
    "rc104.why": (
        "La relation doit suivre la valeur de chaque segment\u00a0: les clients qui comptent le "
        "plus méritent plus d’attention humaine ou plus de sur-mesure que les autres."
    ),
    "rc104.notes": (
        "Signalé à l’entrée du segment à forte valeur\u00a0; la règle se tait quand la cause est "
        "déjà nommée par one-size-for-all, high-touch-low-value ou over-automation."
    ),
    # --- RC105 high-touch-low-value ---
    "rc105.summary": (
        "Un service très humain pour un segment à faible valeur ou à faible disposition à payer"
    ),
    "rc105.why": (
        "Des personnes dédiées et beaucoup de contact humain sont la façon la plus coûteuse "
        "de servir. Pour un segment qui rapporte peu ou ne paiera pas pour cela, le coût mange "
        "la marge\u00a0; le libre-service, l’automatisation ou une communauté répondent mieux à "
        "ses attentes."
    ),
    # --- RC106 over-automation ---
    "rc106.summary": (
        "Un segment à forte valeur est servi surtout par l’automatisation, avec peu de "
        "contact humain"
    ),
    "rc106.why": (
        "L’automatisation contient les coûts et la technologie sait personnaliser à grande "
        "échelle, mais les clients qui comptent le plus attendent une personne quand cela "
        "compte. Un segment à forte valeur très automatisé et peu humain risque de se sentir "
        "traité plutôt que servi."
    ),
    # --- RC107 segment-without-value ---
    "rc107.summary": "Parmi plusieurs segments, l’un ne dit pas ce qu’il vaut",
    "rc107.why": (
        "La relation varie avec ce que vaut chaque segment et ce qu’il attend. Sans "
        "`value`, ni l’équipe ni ces règles ne peuvent dire si un segment reçoit l’attention "
        "qu’il mérite."
    ),
    # --- RC201 touchpoint-missing-fields ---
    "rc201.summary": (
        "Un point de contact ne dit pas sa phase, son canal, sa fréquence ou son objectif"
    ),
    "rc201.why": (
        "La fiche demande pour chaque point de contact où il se place dans le parcours, par "
        "quel canal, à quel rythme et à quoi sert l’échange. Sans cela, un point de contact "
        "est un vœu\u00a0: on ne peut ni y affecter du personnel, ni l’outiller, ni le confronter "
        "aux autres "
        "blocs."
    ),
    # --- RC202 no-after-sale-touchpoint ---
    "rc202.summary": (
        "Aucun point de contact après l’achat (livraison, intégration, support ou renouvellement)"
    ),
    "rc202.why": (
        "Délaisser le client une fois la vente faite est une erreur courante\u00a0: la "
        "satisfaction, le renouvellement et les recommandations se gagnent après l’achat. "
        "Prévoyez au moins la première utilisation et l’aide que les clients reçoivent "
        "ensuite."
    ),
    # --- RC203 journey-phase-without-touchpoint ---
    "rc203.summary": "Une phase du parcours client n’a aucun point de contact",
    "rc203.why": (
        "Les points de contact doivent couvrir tout le parcours, de l’avant-vente au "
        "renouvellement, pour qu’aucune phase ne laisse la relation faible ou improvisée. "
        "Livraison et intégration comptent pour une seule étape (les débuts du client)\u00a0: "
        "bien des offres n’ont pas de livraison distincte de la prise en main."
    ),
    "rc203.notes": (
        "Les phases après l’achat sont laissées à no-after-sale-touchpoint quand aucune "
        "n’est couverte."
    ),
    # --- RC204 no-moment-of-truth ---
    "rc204.summary": "Aucun point de contact n’est marqué comme moment de vérité",
    "rc204.why": (
        "Quelques moments décident si le client reste\u00a0: la première utilisation, un "
        "problème résolu ou non, le renouvellement. Les marquer (`moment_of_truth: true`) "
        "dit à l’équipe où mettre ses meilleures personnes et son soin."
    ),
    # --- RC205 onboarding-not-moment-of-truth ---
    "rc205.summary": (
        "Il existe des points de contact d’intégration, mais aucun n’est traité comme moment "
        "de vérité"
    ),
    "rc205.why": (
        "Les premières semaines d’utilisation donnent le ton de toute la relation\u00a0: un "
        "client qui réussit tôt reste, celui qui peine part sans bruit. La méthode désigne "
        "l’intégration comme le moment de vérité à renforcer en premier."
    ),
    # --- RC206 renewal-not-proactive ---
    "rc206.summary": (
        "Il existe des points de contact de renouvellement, mais aucun n’est à notre initiative"
    ),
    "rc206.why": (
        "Attendre que le client renouvelle, ou résilie, laisse la décision au hasard. Un "
        "renouvellement préparé (un bilan de ce qui a été obtenu, une offre ajustée) est un "
        "moment clé d’une relation durable."
    ),
    # --- RC207 no-proactive-touchpoint ---
    "rc207.summary": "Chaque point de contact attend que le client se manifeste",
    "rc207.why": (
        "Une relation qui ne fait que réagir découvre les problèmes quand les clients se "
        "plaignent ou partent. Aller vers eux d’abord (un point d’étape, un conseil "
        "d’utilisation, un rappel avant le renouvellement) prévient les problèmes et montre "
        "aux clients qu’ils sont suivis."
    ),
    # --- RC208 too-many-channels ---
    "rc208.summary": "Plus de canaux distincts qu’une équipe ne peut bien en servir",
    "rc208.why": (
        "Chaque canal ouvert est une promesse\u00a0: du personnel, des délais de réponse, un "
        "historique à tenir. Quelques canaux bien tenus servent mieux les clients que beaucoup "
        "de canaux mal tenus."
    ),
    "rc208.notes": (
        "Le site web et l’application en libre-service ne sont pas comptés\u00a0; signalé au "
        "point de contact qui fait passer le premier canal au-delà de la limite."
    ),
    "rc208.option.max_channels": "Nombre maximal de canaux distincts avant que la règle se "
    "déclenche.",
    # --- RC209 no-response-time ---
    "rc209.summary": ("Un canal où nos équipes répondent aux clients n’a pas de délai de réponse"),
    "rc209.why": (
        "Chaque canal où le client joint une personne demande un engagement de service\u00a0: "
        "en combien de temps il obtient une réponse. Sans cela, le téléphone, le courriel "
        "et le chat dérivent vers des niveaux différents."
    ),
    "rc209.notes": (
        "Signalé une fois par canal, au premier point de contact où les clients viennent à "
        "nous par ce canal (support, ou à la demande, et pas à notre initiative), en listant "
        "ces points de contact, quand aucun point de contact de ce canal ne donne "
        "`response_time`."
    ),
    # --- RC210 over-soliciting ---
    "rc210.summary": ("Un segment reçoit trop de contacts à notre initiative en un an"),
    "rc210.why": (
        "Suivre les clients de près n’est pas les inonder\u00a0: trop d’appels, de courriers et "
        "de messages usent l’attention et éloignent les clients."
    ),
    "rc210.notes": (
        "Les points de contact à notre initiative qui touchent un segment tant qu’il reste "
        "client (support, renouvellement, ou sans phase) sont additionnés d’après leur "
        "fréquence, et à part, ceux d’avant-vente qui touchent ses prospects\u00a0; les pages et "
        "publications du site, des réseaux sociaux ou d’une communauté ne comptent pas, "
        "puisqu’elles n’interrompent personne. La limite permet une lettre hebdomadaire plus "
        "un point mensuel et un trimestriel, mais pas deux envois hebdomadaires ni un "
        "quotidien. Signalé au plus fréquent."
    ),
    "rc210.option.max_contacts_per_year": "Nombre maximal de contacts à notre initiative par "
    "an pour un segment.",
    # --- RC301 tool-without-touchpoints ---
    "rc301.summary": "Un outil n’est relié à aucun point de contact",
    "rc301.why": (
        "Les outils servent à porter les échanges\u00a0: chacun doit dire quels points de "
        "contact il sert. Un outil relié à aucun est soit inutilisé, ce qui coûte pour rien, "
        "soit utilisé là où le canevas ne le montre pas, ce qui cache une partie du parcours."
    ),
    # --- RC302 broken-shared-history ---
    "rc302.summary": (
        "Un outil n’alimente pas l’historique client partagé, ou aucun outil ne le fait"
    ),
    "rc302.why": (
        "Les clients s’attendent à être connus quel que soit le canal\u00a0: ce qu’ils ont dit "
        "au téléphone doit être visible de qui répond à leur prochain courriel. Un outil hors "
        "de l’historique partagé les oblige à se répéter et laisse se perdre les promesses."
    ),
    "rc302.notes": (
        "Signalé à chaque outil marqué `shared_history: false` qui porte un point de contact "
        "qu’aucun outil partagé n’enregistre, ou une fois au bloc quand plusieurs outils sont "
        "listés et qu’aucun n’alimente un historique partagé."
    ),
    # --- RC303 pre-sale-promises-hidden ---
    "rc303.summary": (
        "Les engagements pris avant ou pendant la vente ne sont pas enregistrés là où le "
        "support les voit"
    ),
    "rc303.why": (
        "Ce que la vente a promis (un délai, une remise, un réglage particulier) doit être "
        "tenu par ceux qui viennent après. Quand un échange d’avant-vente ou de vente (un "
        "canal humain) n’est porté par aucun outil qui alimente l’historique partagé, alors "
        "que le canevas en a un et prévoit du support, la promesse reste dans la tête d’un "
        "commercial."
    ),
    "rc303.notes": (
        "Un outil explicitement hors de l’historique est nommé par broken-shared-history, et "
        "un point de contact qui ne sert que des segments peu personnalisés (des clients "
        "qu’on ne connaît pas un par un, comme les clients de passage) n’est pas signalé."
    ),
    # --- RC401 loyalty-without-customer-value ---
    "rc401.summary": "Un dispositif de fidélisation ne dit pas ce que le client y gagne",
    "rc401.why": (
        "Un dispositif ne retient les clients que s’il leur apporte quelque chose qu’ils "
        "apprécient\u00a0: un service, une reconnaissance, un résultat. Écrire le gain du client "
        "garde l’équipe lucide sur les dispositifs qui servent surtout l’entreprise."
    ),
    # --- RC402 high-value-segment-without-loyalty ---
    "rc402.summary": "Aucun dispositif de fidélisation ne sert un segment à forte valeur",
    "rc402.why": (
        "Garder un client coûte en général moins cher qu’en gagner un nouveau, et les clients "
        "qui valent le plus sont ceux que les concurrents courtisent. Sous-investir dans leur "
        "fidélisation est une erreur classique."
    ),
    "rc402.notes": "Signalé au segment.",
    # --- RC403 discount-only-loyalty ---
    "rc403.summary": "Chaque dispositif de fidélisation est une remise",
    "rc403.why": (
        "Les remises achètent des achats répétés, pas de l’attachement\u00a0: les clients partent "
        "pour le prochain prix plus bas. La fidélité durable vient du service, de la "
        "reconnaissance, du suivi proactif et de la réussite du client avec l’offre."
    ),
    # --- RC501 involvement-without-mechanism ---
    "rc501.summary": "Un niveau d’implication ne dit pas comment les clients participent",
    "rc501.why": (
        "Nommer un niveau (retours, idées, co-création…) est une intention\u00a0; les clients ne "
        "participent que par un moyen concret et attrayant\u00a0: une enquête au bon moment, une "
        "boîte à idées, un club bêta, une offre de parrainage."
    ),
    # --- RC502 no-feedback ---
    "rc502.summary": "Aucun moyen pour les clients de donner leur avis",
    "rc502.why": (
        "Ignorer ce que disent les clients est une erreur classique. Recueillir leurs retours, "
        "et agir en conséquence, est le premier niveau d’implication, celui sur lequel les "
        "autres s’appuient."
    ),
    # --- RC503 feedback-only ---
    "rc503.summary": "L’implication ne va jamais au-delà des retours clients",
    "rc503.why": (
        "Les retours sont le début de l’implication, pas sa fin. Les clients qui proposent des "
        "idées, co-créent, recommandent ou parlent pour la marque deviennent des partenaires"
        "\u00a0; les communautés nées autour de l’offre le permettent à grande échelle."
    ),
    # --- RC601 evolution-stage-incomplete ---
    "rc601.summary": (
        "Une étape de la relation n’a pas d’objectifs, d’actions, de durée ou de signaux"
    ),
    "rc601.why": (
        "Pour chaque étape, la fiche demande ce qu’elle vise, ce que fait l’équipe, combien "
        "de temps elle dure d’habitude et quels signaux montrent que le client avance ou "
        "s’éloigne. Sans cela, une étape est une étiquette sur une frise, pas un plan."
    ),
    "rc601.notes": (
        "La maturité et la sortie n’ont pas besoin de durée, ni la sortie de signal\u00a0: rien "
        "ne vient après."
    ),
    # --- RC602 single-stage ---
    "rc602.summary": "La relation est décrite à une seule étape",
    "rc602.why": (
        "Une relation change à mesure que les clients mûrissent\u00a0: ce qui convient à un "
        "nouveau venu lasse un client fidèle, et les clients endormis demandent encore une "
        "autre approche. Une seule étape, c’est une relation conçue pour ne pas évoluer."
    ),
    # --- RC603 no-growth-stage ---
    "rc603.summary": (
        "Les étapes s’arrêtent à l’acquisition et à l’intégration\u00a0: ni développement ni "
        "maturité"
    ),
    "rc603.why": (
        "Prévoir comment les clients sont gagnés et accueillis, et pas ce qui se passe une "
        "fois installés, laisse la relation s’éteindre. C’est aux étapes de développement et "
        "de maturité que se gagnent la fidélité, les ventes additionnelles et la "
        "recommandation."
    ),
    # --- RC604 no-risk-signals ---
    "rc604.summary": "Aucune étape ne nomme les signaux d’une relation en danger",
    "rc604.why": (
        "Les clients annoncent rarement leur départ\u00a0; ils se taisent d’abord. Nommer les "
        "signes d’alerte de chaque étape (moins d’usage, messages sans réponse, réclamations) "
        "permet d’agir avant la rupture."
    ),
    # --- RC605 no-reengagement ---
    "rc605.summary": "Aucune étape ne prévoit de reconquérir les clients inactifs",
    "rc605.why": (
        "Certains clients s’endorment avant d’être perdus. Une étape de réengagement, avec "
        "ses signaux et ses actions, les rattrape tant qu’ils peuvent encore être reconquis."
    ),
    # --- RC701 empty-block ---
    "rc701.summary": "Un bloc du canevas est absent ou n’a aucune entrée",
    "rc701.why": (
        "Les six blocs n’ont de sens qu’ensemble\u00a0: le mode d’interaction pose le cadre, les "
        "points de contact et les outils le portent, fidélisation, implication et évolution "
        "le font durer. Un bloc laissé vide est une question que l’équipe n’a pas encore "
        "tranchée, et les autres règles ne peuvent pas en juger."
    ),
    "rc701.notes": (
        "Chaque bloc vide est signalé une fois, à sa clé (ou en tête du fichier quand la clé "
        "manque). Quand le canevas n’a aucun segment, un bloc d’interaction vide est laissé "
        "à no-segments."
    ),
    # --- RC702 no-segments ---
    "rc702.summary": "Le canevas ne nomme aucun segment de clients",
    "rc702.why": (
        "La méthode choisit une relation segment par segment, selon ce que chacun vaut et "
        "attend. Sans segments, le bloc d’interaction n’a rien à décrire et aucune différence "
        "entre clients ne peut être conçue ni vérifiée."
    ),
    # --- RC703 no-indicators ---
    "rc703.summary": "Aucun indicateur ne mesure la qualité de la relation",
    "rc703.why": (
        "Une relation jamais mesurée ne peut pas être pilotée\u00a0: personne ne sait si les "
        "points de contact et les dispositifs fonctionnent. Nommez au moins quelques mesures "
        "comme le NPS, la satisfaction, l’attrition ou la valeur vie client, avec une cible."
    ),
    # --- RC704 no-perception-indicator ---
    "rc704.summary": "Aucun indicateur ne saisit ce que ressentent les clients (NPS, CSAT, CES)",
    "rc704.why": (
        "L’attrition, l’usage ou la valeur vie client disent ce que font les clients, souvent "
        "trop tard. Une mesure de perception comme le NPS, la satisfaction ou l’effort dit ce "
        "qu’ils ressentent de la relation tant qu’il est encore temps d’agir."
    ),
    # --- RC705 perception-only-indicators ---
    "rc705.summary": (
        "Chaque indicateur mesure la perception\u00a0; aucun ne mesure ce qui se passe vraiment"
    ),
    "rc705.why": (
        "Les scores de ressenti se lisent mieux à côté de faits opérationnels\u00a0: délais de "
        "réponse, rétention, attrition, usage. Les deux ensemble disent si une baisse de "
        "satisfaction vient du service rendu ou d’ailleurs."
    ),
    # --- RC706 indicator-without-frequency ---
    "rc706.summary": "Un indicateur ne dit pas à quel rythme il est mesuré",
    "rc706.why": (
        "Satisfaction et fidélité valent d’être mesurées régulièrement, pour qu’une tendance "
        "apparaisse et que l’équipe puisse réagir. Un indicateur sans fréquence finit souvent "
        "mesuré une fois puis oublié."
    ),
    # --- RC707 single-profile ---
    "rc707.summary": "Le canevas a été écrit par moins de deux profils d’auteurs distincts",
    "rc707.why": (
        "Vente, marketing, service client et produit voient chacun une autre part du parcours "
        "client. Un canevas écrit d’un seul point de vue se prive de ce que les autres savent "
        "des parcours réels, bons et mauvais. Listez les auteurs avec leur rôle."
    ),
    "rc707.option.min_profiles": "Nombre minimal de rôles d’auteurs distincts attendus.",
    # --- RC708 stale-canvas ---
    "rc708.summary": "Le canevas n’a pas de date de revue, ou n’a pas été revu depuis longtemps",
    "rc708.why": (
        "Les outils, les segments visés et le modèle d’affaires changent, et la relation doit "
        "suivre. Notez la date de la dernière revue dans `updated` et revoyez le canevas au "
        "moins une fois par an, ou dès que l’un d’eux change."
    ),
    "rc708.option.max_age_months": "Nombre de mois après lequel un canevas est considéré "
    "comme périmé.",
}
