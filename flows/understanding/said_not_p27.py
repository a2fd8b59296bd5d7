"""Twenty-seventh pass F: what did not happen, plans, fears and other orders, as rewrites and rows.

`DISPUTE_EN` / `DISPUTE_RU` are rewrites the dispute keys read through
(`facts.as_dispute`, appended to each language's `EVERYDAY_DISPUTE`): a plan or a fear ("I'll
escalate if he keeps quiet", «боюсь открывать спор») and a past or another person's order ("last
time I won", «в прошлом году был спор») are blanked, so they neither give a stage nor hide this
order's ("the dispute has been open 4 days"); a dispute named by its subject ("the dispute about
the lamp that came broken is open 9 days") keeps its age next to its noun. The `TRACKING_*` rows
read a number that never showed anything as dead (FACTS.md "Decided …": a number that never
worked is `dead`).
"""

from __future__ import annotations

Rows = tuple[tuple[str, str | None], ...]

# -- protection: over only when it is, never in a belief or at a time to come ----------------

BELIEVED_RU = (r"думал\w*|считал\w*|уверен\w*|казалось|рассчитыв\w*|надеял\w*|помнил\w*|"
               r"ошиб\w*")
"""A belief the buyer had («думала, что ещё 2 дня»): the time in it is not what is left, so it
does not deny the end told before it (twenty-third set: "what did not happen")."""
NOT_YET_EN = (r"(?! (?:in|within|after) (?:\d|(?:a|an|one|two|three|four|five|six|seven|"
              r"eight|nine|ten|twelve|less|under|about|around|the next|just)\b))")
"""Zero reached at a time to come ("protection hits zero in 12 hours") is time left, not over."""

ENDED_EN = (
    # "didn't open a dispute in time", "never managed to file a claim before it ran out": the
    # deadline missed, so protection is over (FACTS.md audit 25 rule 2); never asked or feared
    r"(?<!\bif i )(?<!\bif you )\b(?:i |we )?(?:did not|never|failed to|forgot to|was too late "
    r"to|were too late to)(?: \w+)?(?: to)? (?:open|file|start|raise|submit)(?: a| the| my| any)? "
    r"(?:dispute|claim)s? (?:in time|on time|before (?:the |my )?(?:protection|deadline|timer|"
    r"window)(?: \w+){0,2}? (?:ended|ran out|expired|closed|passed|was over|ran down))\b",
)
"""English words of a deadline missed, read as protection over."""
ENDED_RU = (
    # «не успела открыть спор», «спор открыть не успел», «опоздала с открытием спора»
    r"(?<!\bесли )(?<!\bвдруг )\bне успел\w* (?:вовремя )?(?:открыть|подать|оформить|начать) "
    r"(?:спор|диспут|жалобу|претензию)|\b(?:спор|диспут)\w* (?:открыть |подать )?(?:вовремя )?"
    r"не успел\w*|\bопоздал\w* (?:с открытием|открыть|подать) (?:спор|диспут)\w*",
)
"""Russian words of a deadline missed, read as protection over."""

# -- the dispute: a plan, a fear, another order ------------------------------------------------

_STEP_EN = (r"(?:escalat\w*|appeal\w*|open(?:ing)?|fil(?:e|ing)|start(?:ing)?|rais(?:e|ing)|"
            r"report(?:ing)?|complain(?:ing)?)")
"""A step the buyer may take on a dispute, in a plan."""
_WILL_EN = (r"(?:i ll|i will|ill|i shall|i d|i would|i m going to|im going to|i am going to|"
            r"i m gonna|im gonna|i am gonna|gonna|going to|i plan to|plan to|planning to|"
            r"i might|might|i may|then i ll|then i will|i ll just|i will just|i want to|thinking "
            r"(?:of|about)|i think i ll|i guess i ll)")
"""The buyer's future or wish ("I'll", "gonna", "planning to"), never a past."""
_ITS_EN = (r"(?: (?:(?:a|an|the|my|this|new) )?(?:dispute|claim|case)s?(?! (?:has|is|was|s|been|"
           r"open|opened|going)\b)| it| one| on it)?(?: (?:with|to) (?:aliexpress|ali|support))?")
"""What the planned step takes ("a dispute", "it"), never the dispute told next ("I'll escalate.
the dispute has been open 4 days")."""
_NO_EARLIER_EN = r"(?!.*\b(?:previous|earlier|prior|old|older|first|last) (?:dispute|claim)s?\b)"
"""No earlier dispute, which may be this order's own ("my previous claim was lost, this one…":
the two stages cannot be told apart)."""
_NO_EARLIER_RU = r"(?!.*(?:прошл|предыдущ|перв|стар)\w* (?:спор|диспут))"
"""No earlier dispute, which may be this order's own («прошлый спор выиграла, а этот…»)."""
_OTHER_EN = (r"(?:last time(?! (?:i|we) (?:checked|looked|saw))|the time before|last year|"
             r"in the past|previously|on "
             r"(?:my|an?|the) (?:last|previous|other|earlier|older|first) (?:order|one|purchase)|"
             r"(?:with |for )?my (?:last|previous|earlier|older|first) (?:order|parcel|package|"
             r"purchase)s?|(?:a |my )?friend s (?:order|parcel|package|dispute|claim)|(?:a |my )"
             r"friend(?: of mine)? (?:won|lost|had|got|opened|ordered|bought))")
"""A past order or someone else's, set beside this one."""
_UNTIL_THIS_EN = (r"(?: (?!(?:this|now|mine|but|today|currently|however|here|these)\b)"
                  r"(?!¥)\S+){0,14}")
"""The story of the other order, up to the words that turn to this one."""

_ITS_NOUN_EN = (r" (?:(?:a|an|the|my|this|new) )?(?:dispute|claim|case)s?(?! (?:has|is|was|s|"
                r"been|open|opened|going)\b)")
"""The dispute itself as the planned step's object ("open a dispute")."""
_AGE_EN = (r"(?=.*\b(?:dispute|claim|case)s?\b(?: \S+){0,3}? (?:has been|is|s|was|has stayed|is "
           r"still) (?:open|opened|going|running|ongoing)\b|.*\b(?:dispute|claim)s? open (?:for |"
           r"since )?\d|.*\bopened (?:a |the |my )?(?:dispute|claim|it|one) (?:\S+ ){0,2}?\d+ "
           r"(?:days?|weeks?) ago)")
"""A dispute of this order told as open ("the dispute has been open 4 days")."""
_NOT_NEG_EN = r"(?: (?!not\b|never\b)\w+)??"
_PLAN_IF_EN = (r"\bif\b(?: (?!¥)\S+){0,10}? " + _WILL_EN + _NOT_NEG_EN + " " + _STEP_EN)
"""A step planned on a condition ("if he keeps quiet I'll escalate")."""
_PLAN_WILL_EN = (r"(?<!\bnot )(?<!\bnever )\b" + _WILL_EN + _NOT_NEG_EN + " " + _STEP_EN)
"""A step planned ("gonna escalate", "planning to open")."""
_PLAN_TAIL_EN = (r"(?: (?:if|unless|when|once|in case|tomorrow|next week|on monday|soon)\b(?: "
                 r"(?!¥)(?!(?:the|my|this) (?:dispute|claim)|dispute|claim)\S+){0,8})?")
"""The plan's condition or time, after it."""
_FEAR_EN = (r"\b(?:scared|afraid|worried|nervous|hesitant|reluctant|fear|fearing)(?: \w+){0,2}?"
            r"(?: (?:to|of|about))?(?: " + _STEP_EN + r"|(?= (?:disputes?|claims?)))")
"""A fear of taking a step."""


def _planned(frame: str, with_noun: str, bare: str, open_told: str) -> tuple[tuple[str, str], ...]:
    """Rewrites blanking a plan: with the dispute as its object ("open a dispute"), always;
    without it ("I'll escalate"), only beside a dispute told as open, so a bare dispute noun left
    behind ("to the dispute when I open it") never reads as one opened."""
    return ((frame + with_noun, " "), ("^" + open_told + "(.*?)" + frame + bare, r"\1 "))


DISPUTE_EN: tuple[tuple[str, str], ...] = (
    # "last time I lost one. this one I opened 3 days ago", "mine has been open 10 days": this
    # order's dispute told by "this one" / "mine" after a dispute named, before the other
    # order's story (and its noun) is blanked below
    (r"^(?=.*\b(?:dispute|claim))" + _NO_EARLIER_EN + r"(.*?)\b(this (?:one|time)|mine)"
     r"(?: (i|we))? (opened|filed|started|raised)(?: (?:one|it))?\b", r"\1\2 \3 \4 a dispute"),
    (r"^(?=.*\b(?:dispute|claim))" + _NO_EARLIER_EN + r"(.*?)\b(?:this one|mine)"
     r"(?= (?:has been|is|s|was|has stayed) "
     r"(?:open|opened|going|running|ongoing)\b)", r"\1this dispute"),
    # "if he doesn't answer by monday I'll escalate", "if it isn't here next week im gonna file a
    # claim", "I'll open a dispute unless it comes", "scared to open a dispute": a plan or a fear
    # is no stage (FACTS.md, the twenty-third set's "Plans and fears")
    *_planned(_PLAN_IF_EN, _ITS_NOUN_EN, _ITS_EN, _AGE_EN),
    *_planned(_PLAN_WILL_EN, _ITS_NOUN_EN + _PLAN_TAIL_EN, _ITS_EN + _PLAN_TAIL_EN, _AGE_EN),
    *_planned(_FEAR_EN, _ITS_NOUN_EN, _ITS_EN, _AGE_EN),
    # "last time I won", "on my last order the seller offered $5", "I had a dispute with this
    # store last year and won": the other order's story, up to "this one", "now", "mine"
    (r"\b(?:i |we )?(?:had|won|lost|opened|filed)(?: (?!(?:but|and|my|card|bank|this)\b)\w+)"
     r"{0,6}? (?=last (?:year|time)\b|in the past\b|previously\b)", " "),
    (r"(?:\b(?:the )?(?:seller|store|shop|he|she|they)\b(?: (?!(?:but|and|now|this)\b)\S+)"
     r"{0,6}? )?\b" + _OTHER_EN + r"\b" + _UNTIL_THIS_EN, " "),
    # "the dispute about the tripod that came without its mount has been open 11 days": the
    # subject between the noun and its age is left out, so the age reads beside its dispute
    (r"\b(dispute|claim)(?: (?:about|for|over|on|regarding|re)\b(?: (?!(?:has|is|was|have|"
     r"been|open|opened|s|and|but|since|can|could|to|after|before|i|won|lost|closed|cancel\w*|"
     r"refused|rejected|declined|decided|escalat\w*|days?|weeks?|\d\S*)\b)(?!¥)\S+){1,10}?) "
     r"(?=(?:has been|is|was|s|has stayed|is still|has been going|is going|has been running) "
     r"(?:open|opened|going|running|ongoing)\b)", r"\1 "),
)
"""English dispute rewrites (pattern, replacement)."""

_STEP_RU = (r"(?:обостр\w*|эскалир\w*|открыва\w*|открыть|открою|открою|подать|подам|подаю|"
            r"пожал\w*|апелл\w*|обжал\w*)")
"""A step the buyer may take on a dispute, in a plan."""
_WILL_RU = (r"(?:буду|стану|собираюсь|собралась|собрался|планирую|думаю|хочу|наверно|наверное|"
            r"придется|придется|тогда|то|пойду и)")
"""The buyer's future or wish («буду», «собираюсь», «думаю»)."""
_ITS_RU = (r"(?: (?:спор|диспут)(?! (?:идет|висит|длится|тянется|открыт|уже)\b)| (?:его|ее|"
           r"жалобу|претензию|на эскалацию|эскалацию|в арбитраж|арбитраж))?")
"""What the planned step takes («спор», «его», «на эскалацию»)."""
_FUTURE_RU = r"(?:обострю|эскалирую|открою|подам|пожалуюсь|обжалую|напишу жалобу)"
"""A step told in the future: a plan, never a stage."""
_OTHER_RU = (r"(?:в прошлый раз|в тот раз|прошлый раз|в прошлом (?:году|месяце|заказе)|"
             r"в прошлом|прошлый заказ|с прошлым заказом|по прошлому заказу|в предыдущ\w+ "
             r"(?:раз|заказ\w*)|у (?:подруг|друг|знаком|коллег|сосед)\w*)")
"""A past order or someone else's, set beside this one."""
_THIS_RU = (
    # «этот открыла 3 дня назад», «в этот раз открыла неделю назад», «а мой идёт 10 дней»: this
    # order's dispute told after another's, before the other's story (and its noun) is blanked
    (r"^(?=.*(?:спор|диспут))" + _NO_EARLIER_RU + r"(.*?)\b(этот|в этот раз|сейчас|теперь)"
     r"(?: (я|мы))? "
     r"(открыл\w*|подал\w*)\b", r"\1\2 \3 \4 спор"),
    (r"^(?=.*(?:спор|диспут))" + _NO_EARLIER_RU + r"(.*?)\b(?:этот|мой)"
     r"(?= (?:уже |все еще )?(?:идет|висит|длится|"
     r"тянется|открыт)\w*\b)", r"\1мой спор"),
)
"""This order's dispute told by «этот» / «мой» after another order's."""
_UNTIL_THIS_RU = (r"(?: (?!(?:а|но|этот|эта|это|этом|этого|эту|сейчас|теперь|мой|моя|мое|моем|"
                  r"моему|тут|здесь|нынешн\w*|текущ\w*)\b)(?!¥)\S+){0,14}")
"""The story of the other order, up to the words that turn to this one."""

_ITS_NOUN_RU = r" (?:спор|диспут)(?! (?:идет|висит|длится|тянется|открыт|уже)\b)"
"""The dispute itself as the planned step's object («открою спор»)."""
_AGE_RU = (r"(?=.*(?:спор|диспут)\w*(?: \S+){0,3}? (?:уже )?(?:открыт[аоы]?|идет|висит|длится|"
           r"тянется)\b|.*\b(?:открыл|подал)\w*(?: \S+){0,3}? (?:\d+|\w+) (?:дн|день|недел|сут)"
           r"\w* назад)")
"""A dispute of this order told as open («спор идёт 4 дня»)."""
_PLAN_IF_RU = (r"\bесли\b(?: (?!¥)\S+){0,10}? (?<!\bне )(?:(?:то |тогда )?" + _FUTURE_RU + r"|"
               + _WILL_RU + r" " + _STEP_RU + r")")
"""A step planned on a condition («если не ответит, обострю»)."""
_PLAN_WILL_RU = r"(?<!\bне )\b(?:" + _FUTURE_RU + r"|" + _WILL_RU + r" " + _STEP_RU + r")"
"""A step planned («открою», «собираюсь открыть»)."""
_PLAN_TAIL_RU = (r"(?: (?:если|когда|как только|завтра|в понедельник|на неделе)\b(?: (?!¥)"
                 r"(?!(?:спор|диспут)\w*\b)\S+){0,8})?")
"""The plan's condition or time, after it."""
_FEAR_RU = (r"\b(?:боюсь|боялась|боялся|страшно|стремно|опасаюсь|не решаюсь)(?: \w+){0,2}?"
            r"(?: " + _STEP_RU + r"|(?= (?:спор|диспут)))")
"""A fear of taking a step."""

DISPUTE_RU: tuple[tuple[str, str], ...] = (
    *_THIS_RU,
    # «если до понедельника не ответит, обострю», «открою спор, если не придёт», «боюсь
    # открывать спор»: a plan or a fear is no stage
    *_planned(_PLAN_IF_RU, _ITS_NOUN_RU, _ITS_RU, _AGE_RU),
    *_planned(_PLAN_WILL_RU, _ITS_NOUN_RU + _PLAN_TAIL_RU, _ITS_RU + _PLAN_TAIL_RU, _AGE_RU),
    *_planned(_FEAR_RU, _ITS_NOUN_RU, _ITS_RU, _AGE_RU),
    # «в прошлом году был спор, выиграла»: the other order's story, up to «а», «этот», «мой»
    (r"\b" + _OTHER_RU + r"\b" + _UNTIL_THIS_RU, " "),
    # «спор по штативу, который пришёл без крепления, открыт 11 дней»: the subject left out
    (r"\b(спор|диспут)(?: (?:по|о|об|за|насчет|про|на)\b(?: (?!(?:открыт|открыла?|идет|висит|"
     r"длится|тянется|уже|а|но|можно|через|после|выигр\w*|проигр\w*|закры\w*|отмен\w*|"
     r"отклон\w*|решен\w*|эскал\w*|день|дня|дней|недел\w*|сут\w*|\d\S*)\b)\S+){1,10}?) "
     r"(?=(?:уже |был |все еще |до сих пор )?"
     r"(?:открыт[аоы]?|идет|висит|длится|тянется)\b)", r"\1 "),
)
"""Russian dispute rewrites (pattern, replacement)."""

# -- the tracking: a number that never showed anything ----------------------------------------

_NUMBER_NAMED_EN = r"^(?=.*\b(?:track\w*|numbers?|code|[a-z]{2}\d{9}[a-z]{2}|[a-z]{2}\d{12,16})\b)"
"""The message names a tracking number ("tracking", "the number", "RF123456789CN")."""
_TURNED_EN = (r"(?!(?: \S+){0,8}? (?:then|until|till|but now|but today|now it|since then|after "
              r"that)\b)")
"""Nothing shown that later turned into scans is no dead number."""

TRACKING_EN: Rows = (
    # another order's number or a seller's "it shows nothing at first": no state of this one
    (r"\b(?:my (?:last|previous|other|first|earlier) (?:order|parcel|package)s?|last time|on (?:my|"
     r"the) (?:last|previous|other) order)\b(?: (?!(?:this|now|mine|but)\b)\S+){0,12}", ""),
    (r"\b(?:seller|store|shop|he|she|they)\b(?: \S+){0,2}? (?:says?|said|told me|claims?|wrote)"
     r"(?: \S+){0,8}? (?:at first|at the start|for the first|for a few days|for a while|usually|"
     r"always|normally)\b", None),
    # "showed nothing for a week, then started moving", "nothing yesterday but today a scan":
    # the number works now, no dead one (the older rows read "showed nothing" alone)
    (r"\b(?:nothing|never|no info\w*|not found)(?: \S+){0,8}? (?:then|but now|but today|and now "
     r"it|since then it|but then)(?: \S+){0,4}? (?<!no )(?<!any )(?<!not )(?:moving|moves|"
     r"started|scans?|updates?|updating|movement)\b", None),
    # "that number has never had any information on it", "it has never shown anything", "never
    # had a single scan", "hasn't shown anything since day one": a number that never worked
    (_NUMBER_NAMED_EN + r"(?:.*\s)?(?:has|had|have|it|number|tracking|code|that|and)? ?(?:never|"
     r"not once|not ever)(?<!\bi never)(?<!\bwe never)(?: once| ever| yet| really)? (?:had|has|"
     r"shown|showed|shows|show|displayed|given|gave|returned|produced)(?! up\b)(?: me)?(?: any|"
     r" a single| one| even one| a| any kind of)? ?(?:info\w*|anything|data|scans?|updates?|"
     r"records?|entry|entries|results?|traces?|thing|events?|status|details?|movement)\b"
     + _TURNED_EN, "dead"),
    (_NUMBER_NAMED_EN + r"(?:.*\s)?(?:has not|have not|had not|did not|does not) (?:ever )?"
     r"(?:shown|show|had|have|given|displayed|returned) (?:any|a single|one|anything|any "
     r"info\w*)(?: \S+){0,3}? (?:since day one|from day one|from the start|from the beginning|"
     r"since the start|since it shipped|ever|at all)\b" + _TURNED_EN, "dead"),
    (_NUMBER_NAMED_EN + r"(?:.*\s)?(?:zero|no) (?:info\w*|data|scans?|updates?|records?)(?: \S+)"
     r"{0,4}? (?:from the start|from day one|since day one|from the beginning|ever)\b"
     + _TURNED_EN, "dead"),
)
"""English tracking rows, read before the older ones."""

_TURNED_RU = (r"(?!(?: \S+){0,8}? (?:потом|затем|а теперь|а сейчас|но теперь|но сейчас|с тех пор "
              r"как)\b)")
"""Nothing shown that later turned into scans is no dead number."""

TRACKING_RU: Rows = (
    # another order's number or a seller's «сначала ничего не показывает»: no state of this one
    (r"\b(?:у прошлого заказа|у прошлой посылки|в прошлый раз|по прошлому заказу|в прошлом "
     r"заказе)\b(?: (?!(?:а|но|этот|эта|сейчас|теперь|мой|моя)\b)\S+){0,12}", ""),
    (r"\b(?:продав\w*|магазин|он|она|они)\b(?: \S+){0,2}? (?:говор\w*|сказал\w*|пиш\w*|утвержда"
     r"\w*|объясня\w*)(?: \S+){0,8}? (?:сначала|первое время|первые дни|первые \w+ дн\w*|обычно|"
     r"всегда|пока)\b", None),
    # «неделю ничего не показывал, потом пошли обновления»: the number works now
    (r"\b(?:ничего|ни разу|не найден\w*)(?: \S+){0,8}? (?:потом|затем|а теперь|а сейчас|но "
     r"теперь|но сейчас|а сегодня|но сегодня)(?: \S+){0,3}? (?<!не )(?:пошл\w*|появил\w*|"
     r"обновля\w*|обновил\w*|едет|поехал\w*|движ\w*)", None),
    # «ни разу ничего не показал», «по нему ни разу никакой информации», «номер ни разу не
    # отслеживался», «трек ни разу не обновился»: a number that never worked
    (r"^(?=.*(?:трек|номер|отслежив|[a-z]{2}\d{9}[a-z]{2}))(?:.*\s)?(?:ни разу|никогда|с самого "
     r"начала|за все время|с первого дня)(?: \S+){0,3}? (?:ничего|никакой|никаких|ни одной|ни "
     r"одного|не)(?: \S+){0,2}? ?(?:показ\w*|информац\w*|инфы|запис\w*|обновлен\w*|обновил\w*|"
     r"обновлял\w*|отслежива\w*|отследил\w*|статус\w*|данных|движени\w*|сканирован\w*|"
     r"не найден\w*)" + _TURNED_RU, "dead"),
    # «трек-номер продавец так и не дал»: no number given
    (r"\b(?:трек(?: |-)?номер\w*|номер\w* (?:для )?отслеживания|трек)\b(?: (?:продавец|магазин|"
     r"мне|он|они|нам))* (?:так и |вообще |до сих пор |пока |еще |никак )?не (?:дал|дали|"
     r"прислал\w*|предоставил\w*|выдал\w*|скинул\w*|сообщил\w*)\b", "no_tracking"),
)
"""Russian tracking rows, read before the older ones."""
