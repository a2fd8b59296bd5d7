"""Thirtieth pass: words of a problem that are no problem of the buyer's item, as rows.

Rows in the format of `flows.understanding.facts_en` / `facts_ru` (`MASK` blanks what it
matches and lets the next rows read the rest), read early in the `problem` table:
- a payment channel that stopped working ("the e-wallet i paid with stopped operating",
  «WebMoney у нас больше не работает») is the bank's or wallet's trouble, not a defect, and a
  tracking number, a coupon or a page that does not work is no fault of the item either;
- a battered box with the thing inside fine ("nothing wrong with the item, just the box is
  crushed", «с самим товаром всё нормально, только упаковка помятая») is no damage;
- a problem imagined or asked about in general ("or is that only for faulty items?", «а вдруг
  придёт разбитым?», «как не нарваться на подделку») is no state of this order's item;
- a size sent in place of the size ordered ("a size M instead of the L", «детская вместо
  взрослой», «полуторка вместо евро») is the right product in another size (`wrong_size`).
`ITEM_ARRIVED_*` tell that the item is in the buyer's hands: a change of mind told without
them, about a parcel still on its way, is a cancellation, not a problem (FACTS.md).
"""

from __future__ import annotations

MASK = ""
"""A row value that blanks out what it matches and lets the next rows read the rest."""

Rows = tuple[tuple[str, str | None], ...]

_GAP_EN = r"(?: (?!(?:the|a|an|this|these|it|they|item|product|but|and|so)\b)\w+)"
"""A word between a subject and its verb that opens no other subject ("paypal, the headset
stopped working" is the headset's)."""
_FAILS_EN = (r"(?:stopped|stop|stops|ceased|has ceased|is no longer|are no longer|no longer|"
             r"does not|do not|did not|is not|not) (?:working|work|works|operating|operate|"
             r"operates|functioning|function)\b")
"""A service that no longer works: "stopped operating", "no longer works"."""
_E_MONEY_EN = (r"(?:e ?wallet|digital wallet|online wallet|webmoney|qiwi|yoomoney|yandex money|"
               r"payoneer|skrill|paypal)")
"""An electronic wallet or payment service: never a product that breaks."""
_PAYMENT_EN = r"(?:refund\w*|paid|pay|payment|reissued|money|bank)"
"""Words that make "the card" or "the account" the buyer's means of payment."""
_BANK_CARD_EN = (r"(?<!sd )(?<!memory )(?<!sim )(?<!gift )(?<!graphics )(?<!video )(?<!micro )"
                 r"(?<!sound )(?<!network )(?<!game )\b(?:card|bank account|account|bank)\b"
                 r"(?! reader| slot| holder| game)")
"""A bank card, an account or a bank, not a memory, sim, gift or graphics card."""

_BOX_EN = (r"\b(?:outer |outside |shipping |delivery )?(?:box|boxes|package|packaging|parcel|"
           r"packet|envelope|carton|mailer)\b")
_BATTERED_EN = (r"(?:crushed|dented|torn|ripped|wet|soaked|damaged|smashed|squashed|squished|"
                r"battered|beaten up|banged up|crumpled|broken|opened|open|split)\b")
_FINE_EN = (r"(?:nothing (?:is )?wrong with (?:the |my )?(?:item|product|thing|contents?|\w+)|"
            r"no damage to (?:the |my )?(?:item|product|contents?|\w+)|(?:item|product|thing|"
            r"contents?|everything inside|\w+ inside|inside)(?: itself| themselves)? (?:is|was|"
            r"are|were|seems?|seemed|looks?|looked)(?: totally| completely| perfectly| all)? "
            r"(?:fine|ok|okay|perfect|intact|undamaged|unharmed|unscathed|good|in (?:perfect|good|"
            r"great) (?:condition|shape)))\b")
"""The thing inside said to be fine."""

def _box_fine(box: str, battered: str, fine: str) -> str:
    """A battered box told with the thing inside fine, in either order: the box words blanked
    only when the fine words are there too."""
    return (box + r"(?: \w+){0,3}? " + battered + r"(?=.*\b" + fine + r")|\b" + fine
            + r"(?: \w+){0,8}? " + box.removeprefix(r"\b") + r"(?: \w+){0,3}? " + battered)


_SIZE_EN = (r"(?:(?:a |the )?size (?:xxs|xs|s|m|l|xl|xxl|xxxl|[2-9]xl|\d{1,2}(?:[.,]5)?)|"
            r"xxs|xs|xl|xxl|xxxl|[2-9]xl|(?:a |the )?(?:size )?(?:1[3-9]|[2-4]\d)(?:[.,]5)?)\b")
"""A size: a letter size or a shoe size, or any size the word "size" names (not a bare count,
not the one-letter sizes, which bare are words)."""
_LETTER_EN = r"(?:(?:a |the )?(?:size )?(?:s|m|l))\b"
"""A one-letter size, read only where a size stands on the other side of "instead of"."""
_AGE_EN = (r"(?:toddler|kid|kids|child|children|baby|infant|teen|teenager|youth|adult|women|"
           r"womens|ladies|men|mens|boys|girls)(?: s)? size\b")
"""A size by who wears it: "a toddler size", "adult size"."""

PROBLEM_EN: Rows = (
    (r"\b" + _E_MONEY_EN + r"\b" + _GAP_EN + r"{0,8}? " + _FAILS_EN, MASK),
    (r"\b(?:card|bank card)\w* (?:got |was |has been |had been )?(?:reissued|replaced|blocked|"
     r"closed|cancelled|canceled)(?: \w+){0,7}? (?:chip )?" + _FAILS_EN + r"|"
     r"\b" + _PAYMENT_EN + r"\b(?: \w+){0,10}? " + _BANK_CARD_EN
     + _GAP_EN + r"{0,6}? (?:chip )?" + _FAILS_EN + r"|" + _BANK_CARD_EN + _GAP_EN + r"{0,6}? "
     + _FAILS_EN
     + r"(?=.*\b" + _PAYMENT_EN + r"\b)", MASK),
    (r"\btrack\w*(?: (?!(?:the|a|an|this|these|it|they|item|product|my|his|her|our)\b)\w+){0,12}? "
     r"never (?:work|worked|working)\b|"
     r"\b(?:tracking(?: number| link| code)?|track (?:number|link|code)|coupon|promo ?code|code|"
     r"link|website|site)" + _GAP_EN + r"{0,4}? (?:never|not|does not|did not|"
     r"do not|stopped|start|started|starts|begin|began|to) (?:work|working|works|worked)\b", MASK),
    (_box_fine(_BOX_EN, _BATTERED_EN, _FINE_EN), MASK),
    (r"\b(?:only|just) (?:for|about|with|on|of) (?:faulty|broken|damaged|defective|fake|"
     r"counterfeit|wrong|missing) (?:items|goods|products|things|ones|orders|parcels)\b|"
     r"\b(?:and |but |what )?if (?:it|they|the \w+|my \w+|an? \w+|something|the size)"
     r"(?: \w+)? (?:arrives?|comes?|turns? out(?: to be)?|shows? up|ends? up|is|are|does not|"
     r"do not|will not)(?: \w+){0,3}? (?:broken|damaged|cracked|smashed|fake|faulty|defective|"
     r"wrong|different|fit|work)\b|"
     r"\b(?:sign|proof|mean|means)(?: that)? (?:it s|its|it is|they are|they re|the (?:shop|"
     r"store|seller|listing)(?: is| are)?)(?: a)? fake\b|\b(?:sellers|shops|stores|people) "
     r"(?:fake|faking)\b|\b(?:how (?:to|do i|can i|do you|can you|do people)|ways? to) (?:tell|"
     r"spot|avoid|recogni[sz]e|check)\b(?: \w+){0,5}? (?:fakes?|counterfeits?|originals?|"
     r"genuine)\b", MASK),
    # the buyer's own pick ("i ordered size 10 instead of 12 by mistake") is no size sent
    (r"\b(?:i|we|my \w+) (?:ordered|picked|chose|selected|clicked|bought|took)(?: \w+){0,2}? "
     + _SIZE_EN + r"(?: \w+)? instead of", MASK),
    (r"(?:\b" + _SIZE_EN + r"(?: \w+)? instead of (?:the |a |my )?(?:" + _SIZE_EN + r"|"
     + _LETTER_EN + r")|\b" + _LETTER_EN + r"(?: \w+)? instead of (?:the |a |my )?" + _SIZE_EN
     + r"|\b" + _LETTER_EN + r" instead of (?:the |a |my )?(?:size )?(?:s|m|l)\b(?= (?:i|we) "
     r"(?:ordered|picked|chose|selected|bought|wanted))|\b" + _AGE_EN
     + r"(?: \w+){0,4}? (?:got|received|came|sent|arrived|instead of)(?: \w+)? (?:an? |the )?"
     + _AGE_EN + r")(?!(?: \w+){0,2} (?:last time|previously|the time before|on my (?:last|"
     r"previous|first) order))", "wrong_size"),
)
"""English rows, read right after the twenty-ninth pass's rows."""

_GAP_RU = r"(?: (?!(?:а|и|но|товар\w*|вещ\w*)\b)\w+)"
"""A word between a subject and its verb that opens no other clause («оплатила через киви, а
наушники не работают» are the headphones')."""
_FAILS_RU = (r"(?:перестал\w*|больше не|уже не|не) (?:работа\w*|действу\w*|функционир\w*|"
             r"принима\w*)")
"""A service that no longer works: «перестал работать», «больше не работает»."""
_E_MONEY_RU = (r"(?:webmoney|вебмани|qiwi|киви|yoomoney|юmoney|юмани|яндекс ?деньги|paypal|"
               r"пейпал|payoneer|skrill|электронн\w* кошел\w*|кошел\w*,? (?:котор\w*|через котор"
               r"\w*|с котор\w*|что))")
"""An electronic wallet or payment service; a plain «кошелёк» only with a clause of its own
(«кошелёк, который …»): a leather one is a product."""
_BANK_RU = (r"(?:банк(?:и|ов|ом|у|е|ам|ах)?\b|(?:банковск\w* )?карт[а-я]*\b(?! памяти)"
            r"(?= (?:\w+ ){0,6}?(?:перестал|больше не|уже не)))")
"""A bank, or a card that stopped working (not a memory card)."""

_BOX_RU = r"\b(?:коробк|упаковк|пакет|посылк|конверт)\w*"
_BATTERED_RU = r"(?:вмят|помят|порван|мокр|смят|разорван|раздавлен|разбит|рван|мят|вскрыт)\w*"
_FINE_RU = (r"(?:(?:товар|вещ|содержим|предмет)\w*|сам\w* (?:товар|вещ|\w+)\w*|внутри|"
            r"(?:\w+ )?внутри)(?: \w+){0,2}? (?:(?:все |всё )?(?:нормальн\w*|в порядке|цел\w*|"
            r"идеальн\w*|хорош\w*|норм)|не пострадал\w*|без (?:царапин|повреждений))\b")
"""The thing inside said to be fine: «сам товар целый», «часы внутри идеальные»."""

_SIZE_RU = (r"(?:детск|взросл|подростков|женск|мужск|полуторк|полутор|двуспальн|односпальн|"
            r"семейн)\w*")
"""A size told by who wears it or by the bed it fits («евро» apart: it is money too)."""

PROBLEM_RU: Rows = (
    (r"\b" + _E_MONEY_RU + _GAP_RU + r"{0,8}? " + _FAILS_RU, MASK),
    (r"\b" + _BANK_RU + _GAP_RU + r"{0,6}? " + _FAILS_RU, MASK),
    (r"\b(?:купон\w*|промокод\w*|ссылк\w*|приложени\w*|сайт\w*|кнопк\w*)(?: (?:у меня|тоже|"
     r"вообще|опять|почему то|уже|так и|как))? (?:не|перестал\w*|никогда не|больше не) (?:работа"
     r"\w*|заработал\w*|действ\w*)(?:(?: \w+){0,3}? (?:не|перестал\w*|никогда не|больше не) "
     r"(?:работа\w*|заработал\w*|действ\w*))?", MASK),
    (_box_fine(_BOX_RU, _BATTERED_RU, _FINE_RU), MASK),
    (r"\b(?:а )?(?:если|вдруг)\b(?: \w+){0,3}? (?:придет|приедет|пришлют|окажется|будет|"
     r"привезут|не подойдет|не подойдут|сломается)\b(?: \w+){0,5}|\b(?:или )?только (?:за|при|"
     r"в случае|если) (?:брак\w*|поломк\w*|подделк\w*|бой|повреждени\w*)|"
     r"\b(?:не нарваться|не напороться|не попасть|отличить|распознать|вычислить|определить|"
     r"проверить|понять)(?: \w+){0,3}? (?:на )?(?:поддел\w*|пал[её]н\w*|фейк\w*|реплик\w*|"
     r"оригинал\w*)|\bжалоб\w* на (?:поддел|пал[её]нк|фейк|реплик)\w*|\bвозврат\w* за "
     r"поддел\w*", MASK),
    # the buyer's own pick («заказала размер 42 вместо 44») is no size sent
    (r"\b(?:заказал|выбрал|купил|взял|оформил|ткнул|перепутал|указал)\w*(?: \w+){0,2}? "
     r"(?:размер\w* )?(?:\d{1,2}|" + _SIZE_RU + r") вместо", MASK),
    (r"\b" + _SIZE_RU + r"(?: \w+)? вместо (?:" + _SIZE_RU + r"|евро\b)|\bевро(?: \w+)? вместо "
     + _SIZE_RU + r"|\bразмер\w* \d{1,2}(?:[.,]5)? "
     r"вместо \d{1,2}(?:[.,]5)?\b", "wrong_size"),
)
"""Russian rows, read right after the twenty-ninth pass's rows."""

ITEM_ARRIVED_EN = (r"\b(?:arrived|arrive|received|receive|got it|got them|got the|got my|came|"
                   r"come|delivered|picked (?:it |them )?up|collected|unpacked|opened|have it|"
                   r"has it|in my hands|tried (?:it|them) on)\b")
"""The item in the buyer's hands, or at least at their door."""
ITEM_ARRIVED_RU = (r"\b(?:пришл\w*|пришел|пришёл|получил\w*|забрал\w*|доставил\w*|привезл\w*|"
                   r"привез\w*|распаковал\w*|открыл\w*|примерил\w*|лежит у меня|у меня на руках|"
                   r"на руках)")
"""The item in the buyer's hands, or at least at their door."""
