"""Whether a message asks for a person rather than the bot, in English and Russian.

Rules, not the classifier: a request for a human must never be mistaken for a scenario, and
"AliExpress support" alone is not one (that is the marketplace's support, not ours).
"""

from __future__ import annotations

import re

_EN = re.compile(
    r"\b(?:human|real person|live person|a person|(?:an? |the |your )?operator|live agent"
    r"|real agent|talk to (?:some|any)(?:one|body)|speak to (?:some|any)(?:one|body)"
    r"|(?:talk|speak|chat) (?:to|with) (?:a |an |the )?(?:person|people|agent|manager|admin))\b",
    re.IGNORECASE)
_RU = re.compile(
    r"(?:оператор|живо[йгмму]\w* (?:человек|собеседник)|живым людь|с человеком|человеку?\b"
    r"|сотрудник|консультант|менеджер|админ)", re.IGNORECASE)
# Longer texts describe a case; they may mention an "operator" of a delivery service.
MAX_WORDS = 12


def asks_for_person(text: str) -> bool:
    """True when a short message asks to talk to a human (either language)."""
    if len(text.split()) > MAX_WORDS:
        return False
    folded = text.replace("ё", "е").replace("Ё", "Е")
    return bool(_EN.search(folded) or _RU.search(folded))
