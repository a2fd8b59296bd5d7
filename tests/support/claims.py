"""What no screen may say: the claims refund-rules.md (section 2) forbids, in every language."""

from __future__ import annotations

from collections.abc import Iterable

# Lower case; matched case-insensitively anywhere in a text. A claim is wrong in any language's
# text (a Russian screen still carries English seller messages), so all lists apply to all.
CLAIMS = {
    "en": ("guarantee", "instantly", "95%", "100%", "allpay", "calendar days", "start the sport",
           " ntn ", "expected shipping", "will definitely"),
    "ru": ("гарантир", "мгновенно", "95%", "100%", "allpay", "календарн"),
}
# The outdated rule, said only where a screen calls it outdated (the not-received guide does).
OUTDATED_RULE = ("45 days from dispatch",)
# English quotes UI names with "..."; «ёлочки» belong to Russian.
WRONG_QUOTES = {"en": ("«", "»")}


def claims_in(text: str, also: Iterable[str] = ()) -> list[str]:
    """The forbidden claims (and any `also`) that `text` contains, e.g. a whole transcript."""
    lowered = f" {text.lower()} "
    claims = {claim for words in CLAIMS.values() for claim in words}
    return [c for c in sorted(claims | {a.lower() for a in also}) if c in lowered]


def forbidden_in(text: str, lang: str, also: Iterable[str] = ()) -> list[str]:
    """What a screen in `lang` must not say: a forbidden claim or the other language's quotes."""
    return claims_in(text, also) + [q for q in WRONG_QUOTES.get(lang, ()) if q in text]
