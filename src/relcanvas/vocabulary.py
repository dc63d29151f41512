"""Every word relcanvas shows a person, in French and English, in one place.

Block titles, guiding questions, workshop prompts, enum labels and the known values of the
open vocabularies all live here, so that ``init``, ``lint`` messages, ``diff`` and ``render``
speak the same language. Identifiers are stable English words; labels may change freely.
The texts are our own wording of the method described in the source documents (see
``seeds/``).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Literal

Lang = Literal["fr", "en"]
LANGUAGES: tuple[Lang, ...] = ("fr", "en")


@dataclass(frozen=True)
class Text:
    """A short text in both languages."""

    fr: str
    en: str

    def __call__(self, lang: str) -> str:
        return self.fr if lang == "fr" else self.en


@functools.lru_cache(maxsize=4096)
def normalize_word(text: str) -> str:
    """Fold a user's spelling to a comparable key: no accents, no case, ``_`` between words.

    ``Avant-vente``, ``avant vente`` and ``AVANT_VENTE`` all fold to ``avant_vente``.
    """
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    bare = bare.replace("'", "_").replace("’", "_")
    return re.sub(r"[\s\-_/]+", "_", bare.strip().lower()).strip("_")


@dataclass(frozen=True)
class Term:
    """One value of a vocabulary: its identifier, its labels and other accepted spellings."""

    id: str
    label: Text
    aliases: tuple[str, ...] = ()
    former: tuple[str, ...] = ()
    """Labels of earlier versions, as written: canvases that use them stay valid."""

    def spellings(self) -> Iterator[str]:
        yield self.id
        yield self.label.fr
        yield self.label.en
        yield from self.aliases
        yield from self.former


@dataclass(frozen=True)
class Vocabulary:
    """A closed (enum) or open (free text with known values) list of terms."""

    name: Text
    terms: tuple[Term, ...]
    open: bool = False
    _index: dict[str, str] = field(default_factory=dict, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        for term in self.terms:
            for spelling in term.spellings():
                self._index.setdefault(normalize_word(spelling), term.id)

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(t.id for t in self.terms)

    def lookup(self, text: str) -> str | None:
        """The identifier a spelling stands for, or None when it is not known."""
        return self._index.get(normalize_word(text))

    def term(self, ident: str) -> Term | None:
        return next((t for t in self.terms if t.id == ident), None)

    def label(self, ident: str | None, lang: str) -> str:
        """The label of an identifier; unknown text (open vocabularies) is returned as is."""
        if ident is None:
            return ""
        term = self.term(str(ident))
        return term.label(lang) if term else str(ident)

    def accepted_spellings(self) -> list[str]:
        """Exact spellings that a JSON Schema enum can list (ids and labels, as written).

        A label with a typographic apostrophe is listed with a straight one too: that is
        what a keyboard types, and :meth:`lookup` folds both the same. Former labels stay."""
        seen: dict[str, None] = {}
        for term in self.terms:
            labels = (term.label.en, term.label.fr, *term.former)
            typed = tuple(label.replace("’", "'") for label in labels)
            for spelling in (term.id, term.id.replace("_", "-"), *labels, *typed):
                seen.setdefault(spelling, None)
                seen.setdefault(spelling.lower(), None)
        return list(seen)

    def suggestions(self) -> Iterable[tuple[str, str]]:
        """(spelling, id) pairs for "did you mean" on a misspelling."""
        return self._index.items()


def _vocab(
    name: Text,
    *rows: tuple[str, str, str]
    | tuple[str, str, str, tuple[str, ...]]
    | tuple[str, str, str, tuple[str, ...], tuple[str, ...]],
    open: bool = False,
) -> Vocabulary:
    terms = tuple(Term(row[0], Text(fr=row[1], en=row[2]), *row[3:]) for row in rows)
    return Vocabulary(name, terms, open=open)


# --- Closed vocabularies (enums) -------------------------------------------------------


class Language(StrEnum):
    FR = "fr"
    EN = "en"


class Role(StrEnum):
    SALES = "sales"
    MARKETING = "marketing"
    CUSTOMER_SERVICE = "customer_service"
    PRODUCT = "product"
    MANAGEMENT = "management"
    OTHER = "other"


class Level(StrEnum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


class InteractionType(StrEnum):
    PERSONAL_ASSISTANCE = "personal_assistance"
    DEDICATED_PERSONAL_ASSISTANCE = "dedicated_personal_assistance"
    SELF_SERVICE = "self_service"
    AUTOMATED_SERVICES = "automated_services"
    COMMUNITIES = "communities"
    CO_CREATION = "co_creation"


class Phase(StrEnum):
    """A step of the customer journey where a touchpoint takes place."""

    PRE_SALE = "pre_sale"
    SALE = "sale"
    DELIVERY = "delivery"
    ONBOARDING = "onboarding"
    SUPPORT = "support"
    RENEWAL = "renewal"


class ToolKind(StrEnum):
    CRM = "crm"
    CUSTOMER_PORTAL = "customer_portal"
    MESSAGING = "messaging"
    EMAIL = "email"
    VIDEO = "video"
    PHONE = "phone"
    EVENTS = "events"
    COMMUNITY_PLATFORM = "community_platform"
    KNOWLEDGE_BASE = "knowledge_base"
    CHATBOT = "chatbot"
    SURVEY = "survey"
    OTHER = "other"


class LoyaltyKind(StrEnum):
    LOYALTY_PROGRAM = "loyalty_program"
    PREMIUM_SERVICE = "premium_service"
    PROACTIVE_FOLLOW_UP = "proactive_follow_up"
    STATUS_RECOGNITION = "status_recognition"
    SPECIFIC_ADVANTAGES = "specific_advantages"
    DISCOUNT = "discount"
    OTHER = "other"


class InvolvementLevel(StrEnum):
    """Levels of customer participation, from the lightest to the most public."""

    FEEDBACK = "feedback"
    IDEAS = "ideas"
    CO_CREATION = "co_creation"
    RECOMMENDATION = "recommendation"
    AMBASSADOR = "ambassador"


class Stage(StrEnum):
    """A stage of the relationship's life cycle (the evolution block)."""

    ACQUISITION = "acquisition"
    ONBOARDING = "onboarding"
    GROWTH = "growth"
    MATURITY = "maturity"
    REENGAGEMENT = "reengagement"
    EXIT = "exit"


class IndicatorKind(StrEnum):
    NPS = "nps"
    CSAT = "csat"
    CES = "ces"
    CLV = "clv"
    CHURN = "churn"
    RETENTION = "retention"
    ENGAGEMENT = "engagement"
    OTHER = "other"


LANGUAGE = _vocab(
    Text("langue", "language"), ("fr", "Français", "French"), ("en", "Anglais", "English")
)

ROLE = _vocab(
    Text("rôle", "role"),
    ("sales", "Ventes", "Sales", ("commercial", "vente")),
    ("marketing", "Marketing", "Marketing"),
    ("customer_service", "Service client", "Customer service", ("support", "service clientele")),
    ("product", "Produit", "Product"),
    ("management", "Direction", "Management", ("direction generale",)),
    ("other", "Autre", "Other"),
)

LEVEL = _vocab(
    Text("niveau", "level"),
    ("high", "Élevé", "High", ("haut", "fort", "elevee", "forte")),
    ("medium", "Moyen", "Medium", ("moyenne", "modere", "moderee")),
    ("low", "Faible", "Low", ("bas", "basse")),
)

INTERACTION_TYPE = _vocab(
    Text("type de relation", "relationship type"),
    ("personal_assistance", "Assistance personnelle", "Personal assistance"),
    (
        "dedicated_personal_assistance",
        "Assistance personnelle dédiée",
        "Dedicated personal assistance",
        ("assistance dediee",),
    ),
    ("self_service", "Libre-service", "Self-service", ("self service", "selfservice")),
    (
        "automated_services",
        "Services automatisés",
        "Automated services",
        ("service automatise", "automated service"),
    ),
    ("communities", "Communautés", "Communities", ("communaute", "community")),
    ("co_creation", "Co-création", "Co-creation", ("cocreation",)),
)

PHASE = _vocab(
    Text("phase du parcours", "journey phase"),
    ("pre_sale", "Avant-vente", "Pre-sale", ("presale", "avant vente", "prevente")),
    ("sale", "Vente", "Sale"),
    ("delivery", "Livraison", "Delivery", ("mise en service",)),
    ("onboarding", "Intégration", "Onboarding", ("accueil", "prise en main")),
    ("support", "Support", "Support", ("apres vente", "sav", "assistance")),
    ("renewal", "Renouvellement", "Renewal", ("reconduction",)),
)

TOOL_KIND = _vocab(
    Text("type d’outil", "tool kind"),
    ("crm", "CRM", "CRM", ("gestion de la relation client",)),
    ("customer_portal", "Portail client", "Customer portal", ("portail", "extranet")),
    ("messaging", "Messagerie instantanée", "Messaging", ("messagerie", "chat")),
    ("email", "E-mail", "Email", ("courriel", "mail")),
    ("video", "Visioconférence", "Video call", ("visio", "videoconference")),
    ("phone", "Téléphone", "Phone", ("telephone", "telephonie")),
    ("events", "Événements", "Events", ("evenement", "event")),
    ("community_platform", "Plateforme communautaire", "Community platform", ("forum",)),
    ("knowledge_base", "Base de connaissances", "Knowledge base", ("faq",)),
    ("chatbot", "Agent conversationnel", "Chatbot", ("bot",)),
    ("survey", "Questionnaire", "Survey", ("enquete", "sondage")),
    ("other", "Autre", "Other"),
)

LOYALTY_KIND = _vocab(
    Text("type de dispositif", "mechanism kind"),
    (
        "loyalty_program",
        "Programme de fidélité",
        "Loyalty programme",
        ("loyalty program", "programme fidelite"),
    ),
    ("premium_service", "Service premium", "Premium service", ("services premium",)),
    ("proactive_follow_up", "Suivi proactif", "Proactive follow-up", ("suivi",)),
    ("status_recognition", "Reconnaissance de statut", "Status recognition", ("statut",)),
    (
        "specific_advantages",
        "Avantages réservés",
        "Exclusive benefits",
        ("avantages specifiques", "specific advantages", "avantages"),
    ),
    ("discount", "Remise", "Discount", ("reduction", "rabais", "remises")),
    ("other", "Autre", "Other"),
)

INVOLVEMENT_LEVEL = _vocab(
    Text("niveau d’implication", "involvement level"),
    (
        "feedback",
        "Retours clients",
        "Feedback",
        ("retour", "avis", "retours"),
        ("Retours d’expérience",),
    ),
    ("ideas", "Idées", "Ideas", ("idee", "suggestions", "contribution aux idees")),
    ("co_creation", "Co-création", "Co-creation", ("cocreation",)),
    ("recommendation", "Recommandation", "Recommendation", ("parrainage", "referral")),
    ("ambassador", "Ambassadeur", "Ambassador", ("ambassadrice", "ambassadeurs")),
)

STAGE = _vocab(
    Text("étape de la relation", "relationship stage"),
    ("acquisition", "Acquisition", "Acquisition", ("conquete",)),
    ("onboarding", "Intégration", "Onboarding", ("accueil", "prise en main")),
    ("growth", "Développement", "Growth", ("croissance", "developpement")),
    ("maturity", "Maturité", "Maturity"),
    ("reengagement", "Réengagement", "Re-engagement", ("reactivation", "re engagement")),
    ("exit", "Sortie", "Exit", ("depart", "fin de relation")),
)

INDICATOR_KIND = _vocab(
    Text("type d’indicateur", "indicator kind"),
    ("nps", "NPS", "NPS", ("net promoter score",)),
    (
        "csat",
        "Satisfaction (CSAT)",
        "Satisfaction (CSAT)",
        ("satisfaction", "satisfaction client", "customer satisfaction"),
    ),
    ("ces", "Effort client (CES)", "Customer effort (CES)", ("customer effort score", "effort")),
    ("clv", "Valeur vie client", "Customer lifetime value", ("ltv", "lifetime value", "cltv")),
    ("churn", "Taux d’attrition", "Churn rate", ("attrition", "churn")),
    ("retention", "Rétention", "Retention", ("taux de retention", "retention rate")),
    ("engagement", "Engagement", "Engagement", ("usage",)),
    ("other", "Autre", "Other"),
)

PERCEPTION_INDICATORS = frozenset({"nps", "csat", "ces"})
"""Indicators that measure how customers feel, as opposed to what they do."""

# --- Open vocabularies: any text is kept; these values are understood ------------------

CHANNEL = _vocab(
    Text("canal", "channel"),
    ("phone", "Téléphone", "Phone", ("telephone", "appel", "call")),
    ("email", "E-mail", "Email", ("courriel", "mail electronique", "e mail")),
    ("chat", "Messagerie en ligne", "Chat", ("tchat", "live chat", "messagerie")),
    ("video", "Visioconférence", "Video call", ("visio", "videoconference", "video")),
    (
        "in_person",
        "En personne",
        "In person",
        ("face a face", "presentiel", "rendez vous", "sur place", "visite", "face to face"),
    ),
    ("web", "Site web", "Website", ("site", "site internet", "internet")),
    ("mobile_app", "Application mobile", "Mobile app", ("app", "application")),
    ("social", "Réseaux sociaux", "Social media", ("reseaux sociaux", "social media")),
    ("event", "Événement", "Event", ("evenement", "salon", "events")),
    ("community", "Communauté", "Community", ("forum",)),
    ("mail", "Courrier", "Post", ("courrier postal", "postal mail", "letter")),
    ("sms", "SMS", "SMS", ("texto",)),
    open=True,
)

HUMAN_CHANNELS = frozenset({"phone", "email", "chat", "video", "in_person", "social"})
"""Channels where a person of ours answers: each needs a service contract."""

FREQUENCY = _vocab(
    Text("fréquence", "frequency"),
    ("once", "Une fois", "Once", ("ponctuel", "ponctuelle", "une seule fois", "one off")),
    ("on_demand", "À la demande", "On demand", ("sur demande", "au besoin", "as needed")),
    ("per_visit", "À chaque visite", "Each visit", ("per visit", "a chaque passage")),
    ("daily", "Quotidienne", "Daily", ("quotidien", "chaque jour", "tous les jours")),
    ("weekly", "Hebdomadaire", "Weekly", ("chaque semaine",)),
    ("monthly", "Mensuelle", "Monthly", ("mensuel", "chaque mois")),
    ("quarterly", "Trimestrielle", "Quarterly", ("trimestriel", "chaque trimestre")),
    (
        "twice_a_year",
        "Semestrielle",
        "Twice a year",
        ("semestriel", "deux fois par an", "biannual", "semiannual"),
    ),
    ("yearly", "Annuelle", "Yearly", ("annuel", "annually", "chaque annee", "une fois par an")),
    open=True,
)

PER_YEAR: dict[str, float] = {
    "daily": 365,
    "weekly": 52,
    "monthly": 12,
    "quarterly": 4,
    "twice_a_year": 2,
    "yearly": 1,
}
"""How many contacts a year a recurring frequency means (lint reasons with it)."""

VOCABULARIES: dict[str, Vocabulary] = {
    "language": LANGUAGE,
    "role": ROLE,
    "level": LEVEL,
    "interaction_type": INTERACTION_TYPE,
    "phase": PHASE,
    "tool_kind": TOOL_KIND,
    "loyalty_kind": LOYALTY_KIND,
    "involvement_level": INVOLVEMENT_LEVEL,
    "stage": STAGE,
    "indicator_kind": INDICATOR_KIND,
    "channel": CHANNEL,
    "frequency": FREQUENCY,
}


# --- The six blocks ---------------------------------------------------------------------


@dataclass(frozen=True)
class Block:
    """One block of the canvas: where it sits on the sheet and what it asks."""

    key: str
    number: int
    row: int
    column: int
    title: Text
    question: Text
    prompts: tuple[Text, ...]


BLOCKS: tuple[Block, ...] = (
    Block(
        "interaction",
        1,
        1,
        1,
        Text("Mode d’interaction", "Interaction mode"),
        Text(
            "Quelle forme de relation voulons-nous offrir à chaque segment\u00a0?",
            "What kind of relationship do we offer each segment?",
        ),
        (
            Text(
                "Combien de contact humain pour ce segment\u00a0?",
                "How much human contact does this segment get?",
            ),
            Text(
                "Jusqu’où personnaliser, et que confier à l’automatisation\u00a0?",
                "How far do we personalise, and what do we automate?",
            ),
            Text(
                "Ce choix est-il à la mesure de la valeur du segment\u00a0?",
                "Does the choice match what the segment is worth to us?",
            ),
        ),
    ),
    Block(
        "touchpoints",
        2,
        1,
        2,
        Text("Points de contact", "Touchpoints"),
        Text(
            "À quels moments et par quels canaux parlons-nous au client\u00a0?",
            "When, and through which channels, do we talk with the customer?",
        ),
        (
            Text(
                "Avant la vente, à la vente, à la livraison, au support, au renouvellement",
                "Before the sale, at the sale, at delivery, in support, at renewal",
            ),
            Text(
                "Pour chacun\u00a0: canal, rythme et but de l’échange",
                "For each one: channel, rhythm and purpose of the exchange",
            ),
            Text(
                "Quels moments décident de la suite de la relation\u00a0?",
                "Which moments decide whether the relationship goes on?",
            ),
        ),
    ),
    Block(
        "tools",
        3,
        1,
        3,
        Text("Outils et supports relationnels", "Relationship tools"),
        Text(
            "Sur quels outils et supports reposent nos échanges\u00a0?",
            "Which tools and media carry our exchanges?",
        ),
        (
            Text(
                "CRM, portail, messagerie, visio, téléphone, événements, communauté…",
                "CRM, portal, messaging, video, phone, events, community…",
            ),
            Text(
                "Quel outil sert quel point de contact\u00a0?",
                "Which tool serves which touchpoint?",
            ),
            Text(
                "L’historique du client suit-il d’un canal à l’autre\u00a0?",
                "Does the customer's history follow them from one channel to the next?",
            ),
        ),
    ),
    Block(
        "loyalty",
        4,
        2,
        1,
        Text("Mécanismes de fidélisation", "Loyalty mechanisms"),
        Text(
            "Qu’est-ce qui donne au client l’envie de rester\u00a0?",
            "What gives the customer a reason to stay?",
        ),
        (
            Text(
                "Programme, service premium, suivi proactif, statut, avantages",
                "Programme, premium service, proactive follow-up, status, benefits",
            ),
            Text(
                "Quelle valeur concrète le client en retire-t-il\u00a0?",
                "What concrete value does the customer get from it?",
            ),
            Text(
                "Que proposons-nous d’autre qu’une remise\u00a0?",
                "What do we offer besides a discount?",
            ),
        ),
    ),
    Block(
        "involvement",
        5,
        2,
        2,
        Text("Implication de la clientèle", "Customer involvement"),
        Text(
            "Comment le client prend-il part à ce que nous faisons\u00a0?",
            "How do customers take part in what we do?",
        ),
        (
            Text(
                "Du simple avis jusqu’au rôle d’ambassadeur\u00a0: quels niveaux\u00a0?",
                "From a simple opinion up to ambassador: which levels?",
            ),
            Text(
                "Quel dispositif concret pour chaque niveau\u00a0?",
                "Which concrete mechanism for each level?",
            ),
            Text(
                "Que faisons-nous des retours reçus\u00a0?",
                "What do we do with the feedback we get?",
            ),
        ),
    ),
    Block(
        "evolution",
        6,
        2,
        3,
        Text("Évolution de la relation", "Evolution of the relationship"),
        Text(
            "Par quelles étapes passe la relation, et qu’est-ce qui annonce un tournant\u00a0?",
            "Which stages does the relationship go through, and what signals a turn?",
        ),
        (
            Text(
                "Acquisition, intégration, développement, maturité, réengagement, sortie",
                "Acquisition, onboarding, growth, maturity, re-engagement, exit",
            ),
            Text(
                "Pour chaque étape\u00a0: objectifs, actions, durée",
                "For each stage: objectives, actions, duration",
            ),
            Text(
                "Quels signes annoncent l’étape suivante, ou un départ\u00a0?",
                "Which signs announce the next stage, or a departure?",
            ),
        ),
    ),
)

BLOCK_BY_KEY: dict[str, Block] = {b.key: b for b in BLOCKS}

FILLING_ORDER: tuple[tuple[Text, Text, tuple[str, ...]], ...] = (
    (
        Text("Choisir la relation de chaque segment", "Choose each segment's relationship"),
        Text(
            "Fixez, segment par segment, la part de contact humain, de personnalisation et "
            "d’automatisation, en regard de ce que le segment rapporte et de ce que l’équipe "
            "peut tenir.",
            "For each segment, set the share of human contact, personalisation and automation, "
            "weighed against what the segment brings in and what the team can sustain.",
        ),
        ("interaction",),
    ),
    (
        Text("Repérer les moments d’échange", "Map the moments of contact"),
        Text(
            "Parcourez le trajet du client, de la découverte à l’après-vente\u00a0; signalez les "
            "moments décisifs, l’intégration en tête, et les étapes laissées sans contact.",
            "Walk the customer's path from discovery to after-sales; flag the decisive "
            "moments, onboarding first, and the steps left without contact.",
        ),
        ("touchpoints",),
    ),
    (
        Text("Outiller et entretenir", "Equip and sustain"),
        Text(
            "Rattachez chaque échange à l’outil qui le porte et vérifiez que l’historique "
            "circule\u00a0; décidez en même temps ce qui fera revenir le client.",
            "Tie each exchange to the tool that carries it and check that history flows "
            "between them; decide at the same time what will bring customers back.",
        ),
        ("tools", "loyalty"),
    ),
    (
        Text("Faire participer, penser la durée", "Involve customers, think long term"),
        Text(
            "Terminez par la participation des clients et par les étapes de la relation, "
            "avec les signaux qui font passer de l’une à l’autre.",
            "Finish with how customers take part and with the stages of the relationship, "
            "with the signals that move it from one to the next.",
        ),
        ("involvement", "evolution"),
    ),
)
"""A suggested order to fill the blocks in a workshop (the handout's second page)."""


class _Labels(Mapping[str, Text]):
    """The labels of render and diff, read from the catalogues (``ui.*`` in
    :mod:`relcanvas.i18n`), as :class:`Text` pairs: one place for every word shown."""

    def _keys(self) -> list[str]:
        from relcanvas.i18n import catalogue

        return [key[3:] for key in catalogue("en") if key.startswith("ui.")]

    def __getitem__(self, key: str) -> Text:
        from relcanvas.i18n import catalogue

        found = [catalogue(lang).get(f"ui.{key}") for lang in ("fr", "en")]
        if not all(isinstance(text, str) for text in found):
            raise KeyError(key)
        return Text(fr=str(found[0]), en=str(found[1]))

    def __iter__(self) -> Iterator[str]:
        return iter(self._keys())

    def __len__(self) -> int:
        return len(self._keys())


UI: Mapping[str, Text] = _Labels()
"""Labels of render and diff by name: ``UI["channel"]("fr")`` is « Canal »."""
