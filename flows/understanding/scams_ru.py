"""Russian scam requests, as data: what takes away the buyer's protection, by what is asked.

Syntax and matching: `flows.understanding.scams`. Words are stems ("посылк"), short words and
words ending in "$" match whole tokens, "a|b" is a choice, " & " joins phrases that may appear
anywhere in the message. Keys as in `scams_en`.
"""

from __future__ import annotations

SCAMS: dict[str, tuple[str, ...]] = {
    "close": (
        "прос|предлаг|предлож|хочет$|уговар|требу|сказал & закр|отмен & спор",
        # "if you close the dispute": the future forms only («если первый закрыла» is the buyer's
        # past)
        "если закрое|закрою|закроют|отменю|отмените & спор",
        "продав|прос|предлаг|предлож|обеща|хочет$|он|она"
        " & через|на|по paypal|пейпал|пэйпал|пайпал|пейпел & верн|возврат|перевед|перевест|скин",
        "продав & перевед|перевест|перевод|скин|перекин|кинет & карт",
    ),
    "confirm": (
        "прос|предлаг|предлож|хочет$|уговар|требу|сказал & подтверд",
        "подтвердить|подтвердите|подтверждать|подтверждени & получ"
        " & до|раньше|заранее|пока|ещ",
        "подтвердить|подтвердите|подтверждать|подтверждени & не приш|получ|дошл",
    ),
    "payout": (
        "напрямую & оплат|заплат|перевест|перевод|плат|скин",
        "вне|мимо|минуя|обход али|алиэкспресс|aliexpress|площадк|сайт",
        "доплат & продав",
    ),
    "": (
        "продав & пейпал|пэйпал|пайпал|пейпел|paypal",
        # the buyer's own past step, at a seller's word: a scam, but nothing asked of them now
        # (without the seller it is the buyer's haste: «подтвердила до проверки, а это подделка»)
        "подтвердил & получ & до|раньше|заранее|пока|ещ & продав|он|она|просил|попросил",
        "подтвердил & не приш|получ|дошл & продав|он|она|просил|попросил",
    ),
}
