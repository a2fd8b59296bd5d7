"""Asking for a person: whether a message asks for one (English and Russian), and the honest
answer when no operators run the bot.

Rules, not the classifier: a request for a human must never be mistaken for a scenario, and
"AliExpress support" alone is not one (that is the marketplace's support, not ours).
"""

from __future__ import annotations

import re

from flows.engine.markers import N_

# Glossary names: "Contact now" (R94), "Open dispute" / "Return/refund request" (refund-rules.md).
ALIEXPRESS_CHANNELS = N_(
    "No people answer in this bot, so nobody here will write back to you. AliExpress's own "
    "ways to reach a person:\n"
    "• the seller: \"Contact now\" on the store page or your order page;\n"
    "• the AliExpress Help Center: its chat assistant answers at any time and can hand you to "
    "a live agent;\n"
    "• for your money back: \"Open dispute\" (or \"Return/refund request\") on the order page.\n\n"
    "Send /start to carry on with me.")

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
