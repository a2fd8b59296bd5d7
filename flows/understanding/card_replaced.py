"""The card paid with, replaced since, told in a clause of its own (twenty-seventh pass G).

"paid with my visa, which i've since swapped for a new one", "nothing back on my amex, which i had
to replace in the meantime", «на карту ничего не пришло, а её мне пришлось заменить», «карту,
которой платила, поменяла»: `card_expired`. Look-alikes, silent: a wish or a question ("which i
want to replace", «хочу поменять карту»), a card swapped for another way to pay ("changed to
paypal"), someone asking for the card.
"""

from __future__ import annotations

_CARD_EN = (r"(?:card|visa|mastercard|master card|amex|american express|maestro|debit card|credit "
            r"card|revolut|monzo|wise)")
_NOT_A_WISH_EN = (r"(?!.*\b(?:want|wanted|would like|d like|like to|plan|planning|going to|gonna|"
                  r"will|can i|should i|could i|how (?:do|can) i|asks?|asked|asking)\b)")
"""No replacement in a wish, a plan, a question or a request."""
_REPLACED_EN = (r"(?:swapped|swap|replaced|replace|changed|change|reissued|renewed|cancell?ed|"
                r"closed|got (?:a )?new)")

CARD_EXPIRED_EN: tuple[tuple[str, str | None], ...] = (
    # "my visa, which i have since swapped for a new one", "the amex i paid with, that i had to
    # replace", "the card, which i've since replaced"; another way to pay stays out
    (r"^" + _NOT_A_WISH_EN + r".*\b" + _CARD_EN + r"\b(?: \w+){0,2}? (?:which|that) (?:i|we) "
     r"(?:have |had |ve |d )?(?:since |already |then |just |recently )*(?:had to |needed to |"
     r"have had to |ve had to )?" + _REPLACED_EN + r"\b(?! (?:to|for) (?:paypal|balance|"
     r"alipay|a wallet|cash))", "yes"),
)
"""The English `card_expired` rows of this pass, read after the older rows."""

_NOT_A_WISH_RU = (r"(?!.*\b(?:хочу|хотела?|хотим|планиру\w*|собира\w*|можно ли|можно|как|нужно ли|"
                  r"надо ли|просит|просят|попросил\w*)\b)")
CARD_EXPIRED_RU: tuple[tuple[str, str | None], ...] = (
    # «на карту ничего не пришло, а её мне пришлось заменить», «карту, которой платила, я уже
    # поменяла», «карта мир, которую мне перевыпустили»; a wish or a request stays out
    (r"^" + _NOT_A_WISH_RU + r".*\bкарт\w*\b(?: \S+){0,6}? (?:а |но )?(?:е[её]|которую|которой "
     r"(?:я )?(?:платил\w*|оплачивал\w*|оплатил\w*))(?: (?:мне|я|уже|потом|с тех пор|пришлось|"
     r"недавно|банк))* (?:заменил\w*|поменял\w*|перевыпустил\w*|заменить|поменять|"
     r"перевыпустить|закрыл\w*)\b", "yes"),
)
"""The Russian `card_expired` rows of this pass, read after the older rows."""
