"""Twenty-seventh pass E: time told by events and in a later clause, as rows.

Rows in the formats of `DISPUTE_AGE` (`{dur}`: a duration), `DISPUTE_DAY_WORDS` and
`REFUND_DAYS` (`{n}`, `{unit}`) in `flows.understanding.facts_en` / `facts_ru`, kept here so the
language tables only name them. Each row reads one kind of saying: the dispute's age told in
its own clause after it was named ("… it's been open 6 days", «теперь он открыт уже 2 дня») or
after a long name of it ("the claim about the lamp that came cracked has been open 11 days"); a
refund sent somewhere N days ago; a refund done "since yesterday"; a win or a cancellation N
days ago with nothing come.
"""

from __future__ import annotations

_NOT_AN_ANCHOR_EN = r"(?! (?:ago|back|left|before|after|later|until|till|since|from)\b)"
"""After the age: a count that is not the dispute's own ("open 5 days after delivery")."""

DISPUTE_AGE_EN: tuple[str, ...] = (
    # the dispute named, then its age in a clause of its own: "… it's been open 6 days now",
    # "this one has been open for a week", "mine is open 4 days" (read only when a stage was)
    r"(?:^|\| |\b(?:and|but|so|now) )(?:it|this one|that one|mine|the case)(?: is| has| had)?"
    r"(?: now| already)? (?:been )?(?:open|opened|active) (?:for )?(?:about |like |almost |"
    r"nearly |over )?{dur}" + _NOT_AN_ANCHOR_EN,
    # a long name of the dispute, then "has been open N days" ("the claim about the lamp that
    # came cracked has been open 11 days"): only a dispute is said to have been open
    r"\b(?:dispute|claim)\b(?: [^\s|]+| \|){0,14}? (?:has|have|had|is)(?: now| already)? been "
    r"(?:open|opened|active) (?:for )?(?:about |like |almost |nearly |over )?{dur}"
    + _NOT_AN_ANCHOR_EN,
    # the clause opened by its time, then the opening ("four days ago, I opened a dispute")
    r"(?:^|\| ){dur} (?:ago|back) \| (?:i |we )?(?:finally |just )?(?:opened|filed|started|raised|"
    r"submitted) (?:a |the |my )?(?:dispute|claim)\b",
)
"""Twenty-seventh pass E, English: the dispute's age told after it was named."""

DISPUTE_AGE_RU: tuple[str, ...] = (
    # the dispute named, then its age in a clause of its own («теперь он открыт уже 2 дня»; a
    # stage was read): only the dispute is «открыт» for days, never the parcel or the order
    r"(?:^|\| |\b(?:а|и|но|теперь|сейчас|вот) )(?:он|она|этот|эта)(?: теперь| сейчас| уже)? "
    r"(?:открыт|открыта)(?: уже| ещё| еще| вот| почти| больше)* {dur}(?! назад| до| после)",
    # a long name of the dispute, then its age («спор по штативу, который пришёл без крепления,
    # открыт 11 дней»)
    r"\b(?:спор|диспут|претензи)\w*(?: [^\s|]+| \|){0,14}? (?:открыт|открыта)(?: уже| ещё| еще|"
    r" вот| почти| больше)* {dur}(?! назад| до| после)",
    # the imperfective opening («открывала его 6 дней назад», «открывал спор неделю назад»)
    r"\bоткрывал\w* (?:его|её|ее|спор\w*|диспут\w*|претензи\w*)(?: \S+){0,3}? {dur} (?:тому )?"
    r"назад",
)
"""Twenty-seventh pass E, Russian: the dispute's age told after it was named."""

DISPUTE_DAY_WORDS_EN: tuple[tuple[str, int], ...] = (
    # the day of it an event came on, the dispute named before ("closed it by mistake on day 5
    # of it"; a stage read)
    (r"\bon day (?P<n>\d{1,3}) of it\b", -1),
)
"""Twenty-seventh pass E, English: the day of the dispute told with "of it"."""

_GAP_EN = (r"(?: (?!ordered|order|placed|ship|arriv|came|deliver|track|parcel|package|open|paid|"
           r"bought)\S+){0,6}?")
"""Words between the refund's event and its count that keep the count the money's."""
_NOT_BACK_EN = (r"(?=.{0,50}?\b(?:nothing|no money|no refund|not a (?:cent|penny)|not back|"
                r"not (?:yet )?(?:refunded|returned|credited)|has ?n[o']?t|have ?n[o']?t|still "
                r"(?:no|not|nothing|waiting)|where is))")
"""Nothing come of it told after the count ("… ten days ago. nothing back on my card")."""

REFUND_DAYS_EN: tuple[str, ...] = (
    # the refund sent somewhere N days ago ("the refund went to my old card 11 days ago", "the
    # refund for the order was sent 18 business days ago")
    r"\brefund\w*(?! (?:request|req|application|form))(?: (?:for|of)(?: \S+){0,6}?)? (?:was |"
    r"got |has been )?(?:went|sent|issued|returned|paid out|credited|pushed|released)"
    + _GAP_EN + r" (?P<n>{n}) (?P<unit>{unit}) (?:ago|back)\b",
    # the refund done since yesterday ('refund status "successful" since yesterday')
    r"\brefund\w*(?: \S+){0,3}? (?:successful\w*|success|succeeded|done|complete|completed|"
    r"approved|processed)(?: \S+)? since (?P<n>)(?P<unit>the day before yesterday|yesterday)\b",
    # the win N days ago ("won the dispute for the missing one a week ago"), never an opening
    r"(?<!not )(?<!never )(?<!last time i )\bwon (?:the |my |that )?(?:dispute|claim|case)\b"
    + _GAP_EN + r" (?P<n>{n}) (?P<unit>{unit}) (?:ago|back)\b(?! (?:i |we )?(?:opened|filed|"
    r"started|raised))",
    # the cancellation N days ago with nothing come ("cancelled by the seller ten days ago.
    # nothing back on my card")
    r"(?<!not )(?<!never )\b(?:cancell?ed|canceld)\b(?: by (?:the )?(?:seller|store|shop|"
    r"aliexpress|system))?(?: automatically| itself)?" + _GAP_EN
    + r" (?P<n>{n}) (?P<unit>{unit}) (?:ago|back)\b" + _NOT_BACK_EN,
)
"""Twenty-seventh pass E, English: the refund's days told by the event they count from."""

_GAP_RU = r"(?: (?!заказ|посылк|трек|пришл|пришел|пришёл|открыл|отправил|оплатил)\S+){0,6}?"
"""Words between the refund's event and its count that keep the count the money's."""

REFUND_DAYS_RU: tuple[str, ...] = (
    # the refund sent somewhere N days ago («возврат ушёл на старую карту 11 дней назад»)
    r"\bвозврат\w*(?: \S+){0,6}? (?:ушёл|ушел|ушли|отправлен\w*|отправил\w*|перечислен\w*|"
    r"проведен\w*|проведён\w*)" + _GAP_RU + r" (?P<n>{n})? ?(?P<unit>{unit}) (?:тому )?назад",
    # the refund done since yesterday («возврат «успешно» со вчерашнего дня»)
    r"\bвозврат\w*(?: \S+){0,2}? (?:успешн\w*|одобрен\w*|выполнен\w*|исполнен\w*)(?: \S+)? "
    r"(?:со|с) (?P<n>)(?P<unit>вчерашнего|позавчерашнего) дня\b",
    # Ukrainian: the refund approved N days ago («повернення схвалили 13 днів тому»)
    r"\bповернен\w*(?: \S+){0,8}? (?:схвал\w*|підтвердж\w*)(?: \S+){0,2}? (?P<n>{n})? ?"
    r"(?:робоч\w* )?(?P<unit>{unit}) тому\b",
)
"""Twenty-seventh pass E, Russian: the refund's days told by the event they count from."""

QUIET_RU: tuple[str, ...] = (
    # the silence's days, then "was dead" told of a time past («трек к тому времени месяц был
    # мёртвый», «номер две недели стоял пустой»)
    r"(?:трек|номер)\w*(?: (?:к тому времени|тогда|уже|ещё|еще|почти|целый|целых))* (?P<n>{n})? ?"
    r"(?P<unit>{unit}) (?:уже )?(?:был|была|было|стоял|стояла|висел|висела) (?:уже )?(?:мертв|"
    r"пуст|нерабоч)\w*",
)
"""Twenty-seventh pass E, Russian: the tracking's silence told in the past."""

SHIPPED_AGO_EN: tuple[str, ...] = (
    # the order shipped N days ago ("marked shipped 25 days ago", "went to shipped three weeks
    # ago"): beside a number that never worked, its days without news (label audit 24)
    r"\b(?:shipped|dispatched|sent out|sent it|sent the parcel)(?: (?!arriv|came|deliver|receiv)"
    r"\S+){0,3}? {dur} (?:ago|back)\b",
    r"(?<!\w){dur} (?:ago|back),? (?:it |the order |the seller |they )?(?:was |got |were )?"
    r"(?:marked (?:as )?|went to |changed to |turned )?(?:shipped|dispatched)\b",
)
"""Twenty-seventh pass E, English: the order's shipping age."""

SHIPPED_AGO_RU: tuple[str, ...] = (
    r"\b(?:отправил\w*|отправлен\w*|отметил\w* отправку|поставил\w* отправлено|стал\w* "
    r"отправлено|перешел\w* в отправлено)(?: (?!пришл|получ|доставл|вручен)\S+){0,3}? {dur} "
    r"(?:тому )?назад",
    r"(?<!\w){dur} (?:тому )?назад (?:\S+ ){0,3}?(?:отправил\w*|отметил\w* отправку|стал\w* "
    r"отправлено|поставил\w* отправлено|перешел\w* в отправлено)",
)
"""Twenty-seventh pass E, Russian: the order's shipping age."""

NEVER_WORKED_EN = (r"\bnever\b|\bnot (?:a single|one|even one|even a) (?:scan|update|event|entry)|"
                   r"\bnot found\b|\bdoes ?n[o']?t exist\b|\bno (?:info|information|scans?|"
                   r"updates?|events?) (?:at all|ever|from the start|since day one)")
"""A number that never worked: only then is the shipping age its silence."""
NEVER_WORKED_RU = (r"\bни разу\b|\bни одного\b|\bни одной\b|\bникогда\b|\bне найден|"
                   r"\bне существует|\bс самого начала\b|\bс первого дня\b")
"""«ни разу не ожил», «ни одного события»: a number that never worked."""

CORRECTION_WORDS_EN = {
    # words that take back the count just said
    "marks": (r"no+|nope|nah|sorry|oops|i mean|i meant|actually|or rather|make (?:that|it)|"
              r"correction|scratch that|my bad|my mistake"),
    # words that may stand beside the taking back, never take it back alone ("no wait")
    "fillers": r"wait|hold on|well|err?m?|uh+|um+|it'?s|it was",
    "not": r"not",
    # "not 10 days, (but) 12": before the count after the taken-back one
    "but": r"(?:but |actually |it'?s |its |more like |rather )?",
    # a taking back that restates the count ("wait, it's 9")
    "restate": r"(?:no|wait|sorry|actually|oops|hold on)[\s,.!]+(?:it'?s|it is|it was|its)",
    # words a bare settled count may stand before ("it's 6 actually")
    "then": r"actually|now|i think|i guess|or so",
    "ago": r"ago|back|before",
    # the tracking's own word, for a carrier's number that stands for it
    "tracking": "tracking",
}
"""Twenty-seventh pass E, English: the words `corrections` reads a taking back by."""

CORRECTION_WORDS_RU = {
    "marks": r"нет|ой|вернее|точнее|то есть|в смысле|ні|точніше|тобто|ошиблась|ошибся",
    "fillers": r"а|стоп|блин|извините|сорри|уже|нет",
    "not": r"не",
    "but": r"(?:а |уже |скорее )?",
    "restate": r"(?:нет|ой|стоп|вернее|точнее)[\s,.!]+(?:это|там|было)",
    "then": r"уже|вроде|кажется|точно",
    "ago": r"назад|тому",
    "tracking": "трек",
}
"""Twenty-seventh pass E, Russian: the words `corrections` reads a taking back by («а, нет»,
«вернее», «не 6 дней, а 9», «нет, там 9»)."""
