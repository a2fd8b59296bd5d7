"""Understanding what a buyer types: which scenario (intent) and which facts.

Pure: no Telegram, SQLite or clock (`today` comes in as an argument); the corpus is read as
package data. Scam rules (`flows.understanding.scams`) win outright; otherwise a classifier
trained on the corpus of the text's language decides, and `facts` reads the facts.
The text's language is its script (Cyrillic -> ru, Latin -> en), else the user's language;
the intent model is the one whose corpus knows more of the words. A Russian user's Latin-letter
text that reads as Russian (`translit_ru`) is written in Cyrillic first, for facts and intent.
Only the first `text.MAX_CHARS` characters are read: every step costs at most that much.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Container, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache
from types import MappingProxyType, ModuleType

from flows.understanding import facts as _facts
from flows.understanding import number_roles
from flows.understanding.classifier import Classifier, features_text
from flows.understanding.corpus import languages
from flows.understanding.scams import is_scam
from flows.understanding.text import MAX_CHARS, normalise
from flows.understanding.tracking_number import find_tracking_number
from flows.understanding.vocabulary import INTENTS_OTHER, READ_WITH_INTENT
from flows.understanding.weights import shipped

EMPTY: Mapping[str, str] = MappingProxyType({})

CONFIDENT = 0.45
"""Top score needed to name an intent (scores sum to 1 over all labels). The three
thresholds were set on a cross-validation of the training corpus, never on the held-out set."""
LEAD = 0.1
"""...and its lead over the runner-up; a smaller lead between two scenarios asks which."""
PAIR = 0.6
"""Two close scenarios are offered only when together they hold this much of the score."""
NOISE_WORDS = 8
NOISE_SHARE = 0.25
"""A text of NOISE_WORDS words or more of which the corpus knows under NOISE_SHARE is noise:
on the training corpus real long messages have 45% or more known words, random noise 1%."""


@dataclass(frozen=True)
class Understanding:
    """What one message says.

    `intent`: a flow name (`flows.engine.FLOW_BY_NAME`), one of
    `vocabulary.INTENTS_OTHER`, or None when nothing was understood.
    `candidates`: the two flow names when two scenarios are genuinely possible
    (then `intent` is None). `facts`: keys and values of `vocabulary.FACTS`.
    `scam`: a scam request was found (then `intent` is "scams").
    `cut`: the message was longer than `text.MAX_CHARS` and only its start was read.
    """

    intent: str | None
    candidates: tuple[str, ...] = ()
    facts: Mapping[str, str] = field(default_factory=lambda: EMPTY)
    scam: bool = False
    cut: bool = False


@cache
def fact_words(lang: str) -> ModuleType:
    """The fact word table of a language (`facts_<lang>.py`)."""
    return importlib.import_module(f"flows.understanding.facts_{lang}")


@cache
def intent_model(lang: str) -> Classifier:
    """The intent model of a language, loaded from its shipped weights on first use."""
    return shipped(lang)


def warm_up(facts: bool = True) -> None:
    """Load every language's model now, so the first buyer doesn't wait; raises if a model is
    broken, which `understand` never does. `facts` compiles the fact extractors too."""
    for lang in languages():
        intent_model(lang).rank("hello")
    if facts:
        compile_facts()


def compile_facts() -> None:
    """Compile every language's fact extractors, derive their rows' cues (`prefilter`) and load
    their number-role models now (~1.4 s of CPU, half of it the cues), or the first message
    would."""
    for lang in languages():
        _facts.tables(fact_words(lang))
        number_roles.shipped(lang)


@cache
def _script(lang: str) -> re.Pattern[str]:
    """A regex for one letter of a language's script."""
    return re.compile(f"[{fact_words(lang).LETTERS}]")


@cache
def _any_word() -> re.Pattern[str]:
    """A regex for a word of two letters or more in any supported script."""
    return re.compile(f"[{''.join(fact_words(code).LETTERS for code in languages())}]{{2,}}")


def text_language(text: str, lang: str) -> str | None:
    """The language whose letters the text mostly uses; `lang` when it has no letters of any."""
    lowered = text[:MAX_CHARS].lower()
    counts = {code: len(_script(code).findall(lowered)) for code in languages()}
    best = max(counts, key=lambda code: counts[code], default=None)
    if best is None or counts[best] == 0:
        return lang if lang in counts else None
    return best


def corpus_words(lang: str) -> Container[str]:
    """The words (and word pairs) a language's intent corpus knows."""
    return intent_model(lang).blocks[-1].rows


@cache
def transliteration(lang: str) -> ModuleType | None:
    """How a language typed in another script is read (`translit_<lang>.py`), if it says."""
    try:
        return importlib.import_module(f"flows.understanding.translit_{lang}")
    except ModuleNotFoundError:
        return None


def fact_text(text: str, lang: str) -> tuple[str, str | None]:
    """The text the tables and models read, and its language: the user's language typed in
    another script ("posylka ne prishla" from a Russian user) is written back in its own."""
    code = text_language(text, lang)
    reader = transliteration(lang) if code is not None and code != lang else None
    if reader is not None and code is not None:
        ours, theirs = corpus_words(lang), corpus_words(code)
        if reader.reads_as_language(text, ours, theirs):
            return reader.to_script(text, ours, theirs), lang
    return text, code


def extract_facts(text: str, lang: str, today: date | None = None) -> dict[str, str]:
    """Every fact of `vocabulary.FACTS` found in `text`; never raises."""
    try:
        return _read_facts(*fact_text(text[:MAX_CHARS], lang), today)
    except Exception:  # a fact we cannot read is a fact we don't have
        return {}


def _read_facts(text: str, code: str | None, today: date | None) -> dict[str, str]:
    """The facts of a text already in its tables' language (`fact_text`); never raises."""
    try:
        found = _facts.extract(fact_words(code), text, code, today) if code else {}
    except Exception:  # a fact we cannot read is a fact we don't have
        return {}
    if parcel := find_tracking_number(text):
        found["tracking_number"] = parcel
    return found


def decide(ranked: list[tuple[str, float]]) -> tuple[str | None, tuple[str, ...]]:
    """(intent, candidates) from the classifier's ranking (see the thresholds above)."""
    (best, top), (second, runner) = ranked[0], ranked[1]
    if top >= CONFIDENT and top - runner >= LEAD:
        return best, ()
    scenarios = best not in INTENTS_OTHER and second not in INTENTS_OTHER
    if scenarios and top + runner >= PAIR:
        return None, (best, second)
    if top >= CONFIDENT:
        return best, ()
    return None, ()


def understand(text: str, lang: str, today: date | None = None) -> Understanding:
    """The intent and facts of one message; never raises."""
    cut, text = len(text) > MAX_CHARS, text[:MAX_CHARS]
    try:
        # the scenario model reads transliterated Russian in Cyrillic too (its corpus has both)
        text, code = fact_text(text, lang)
    except Exception:  # the text as typed, then
        code = text_language(text, lang)
    facts = _read_facts(text, code, today)
    try:
        heard = _understand(text, lang, facts)
    except Exception:  # not understood is an answer; a crash in the middle of a chat is not
        heard = Understanding(None, (), facts)
    return replace(heard, cut=True) if cut else heard


def _understand(text: str, lang: str, facts: dict[str, str]) -> Understanding:
    """`understand` once the facts are known."""
    if is_scam(text):
        return Understanding("scams", (), facts, True)
    code = text_language(text, lang)
    if code is None or not _any_word().search(normalise(text)):
        return Understanding(None, (), facts)
    # Transliterated Russian ("posylka ne prishla") is Latin script but Russian words: the
    # model whose corpus knows more of the words reads it; a tie stays with the script.
    prepared = features_text(text)
    known = {c: intent_model(c).known_words(prepared) for c in languages()}
    best = max(known, key=lambda c: (known[c], c == code))
    words = len(prepared.split())
    if known[best] == 0 or (words >= NOISE_WORDS and known[best] < NOISE_SHARE * words):
        return Understanding(None, (), facts)
    model = intent_model(best)
    ranked = model.rank(text, prepared)
    if "payment" in facts:
        # "I paid with PayPal" tells how the buyer paid; with no scam request found by the
        # rules above, the words alone don't make it the scams guide.
        rest = sum(score for label, score in ranked if label != "scams") or 1.0
        ranked = [(label, score / rest) for label, score in ranked if label != "scams"]
    intent, candidates = decide(ranked)
    if (intent == READ_WITH_INTENT["basics_topic"] and not OWN_ORDER & facts.keys()
            and (topic := basics_topic(text, code))):
        facts = {**facts, "basics_topic": topic}
    return Understanding(intent, candidates, facts)


OWN_ORDER = frozenset({"order_status", "tracking_quiet_days", "protection_left", "tracking"})
"""Facts only an order already placed has: a question that states one is about the buyer's own
order, not a question before buying, and names no `basics_topic`."""


OTHER_TOPIC = "other"
"""A topic row of `BASICS_TOPICS` that is none of the guide's (how to pay): it leaves the
question without a topic."""


WHEN_ALONE = "?"
"""The mark of a `BASICS_TOPICS` row that names its topic only when no other row names one
("how fast", «какие сроки» asked of the protection are the protection's)."""


SUBJECT = "!"
"""The mark of a `BASICS_TOPICS` row that names what the question asks about ("what happens to
the protection"): its topic wins over one named only as the condition (twenty-sixth pass B)."""


def basics_topic(text: str, code: str | None) -> str | None:
    """What a question before buying asks about (the language's `BASICS_TOPICS`), when its words
    name one topic only."""
    norm = normalise(text)
    words = fact_words(code) if code else None
    rows: tuple[tuple[str, str], ...] = getattr(words, "BASICS_TOPICS", ())
    named = {topic for pattern, topic in rows if re.search(pattern, norm)}
    if named and all(topic.endswith(WHEN_ALONE) for topic in named):
        named = {topic.rstrip(WHEN_ALONE) for topic in named}
    named = {topic for topic in named if not topic.endswith(WHEN_ALONE)}
    if OTHER_TOPIC in named:  # a payment method asked about too: no one topic of the guide
        return None
    # the question's own subject, the other topic only its condition ("what happens to the
    # protection if shipping is slow?")
    subjects = {topic.rstrip(SUBJECT) for topic in named if topic.endswith(SUBJECT)}
    if len(subjects) == 1:
        return next(iter(subjects))
    named = {topic.rstrip(SUBJECT) for topic in named}
    return next(iter(named)) if len(named) == 1 else None
