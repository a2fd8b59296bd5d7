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
        # the seller's trade told in the second person: «закроешь спор — вышлю новый»
        "закроешь|закроете спор & вышл|верн|перевед|отправл|пришл|скин",
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
    # a fake «поддержка» asking for card details, a code or a password
    # (never a delivery service: a courier's code from an SMS is how a parcel is handed over)
    "phishing": (
        "поддержк|оператор|сотрудник & номер|данные|реквизиты карт",
        "поддержк|оператор|сотрудник & код смс|подтвержд", "поддержк|оператор|сотрудник & смс код",
        "поддержк|оператор|сотрудник & парол|cvv|cvc",
    ),
    "": (
        "продав & пейпал|пэйпал|пайпал|пейпел|paypal",
        # the buyer's own past step, at a seller's word: a scam, but nothing asked of them now
        # (without the seller it is the buyer's haste: «подтвердила до проверки, а это подделка»)
        "подтвердил & получ & до|раньше|заранее|пока|ещ & продав|он|она|просил|попросил",
        "подтвердил & не приш|получ|дошл & продав|он|она|просил|попросил",
    ),
}
