"""Twenty-ninth pass: the tracking told in everyday words the older rows missed, as rows.

Rows in the format of `flows.understanding.facts_en` / `facts_ru` (a pattern over normalised
text and the value it gives; None says nothing). Read after the rows that set someone else's
parcel, a question and the seller's claims aside, and after the rows that read "delivered":
- the parcel at the buyer's door or in the buyer's customs, post office or locker (the courier
  asking for the code, customs asking for an ID or a fee): in the country;
- a tracking that updates, slowly or every day: moving (English only: the Russian row cost
  more on the unseen sets than it gained on the readable ones);
- a silence of "a few days", "since Friday", «с позавчера»: stalled (FACTS.md "Tracking words":
  stalled under 15 days), whatever the days were;
- a number no tracker knows, or that shows another parcel, or never more than its first line:
  dead (FACTS.md "Decided …": a number that never worked is `dead`).
Each row looks past a silence told with days (the silence reader decides those) and past a fee
or a code asked for through a link or a text message (a scam, not the parcel).
"""

from __future__ import annotations

Rows = tuple[tuple[str, str | None], ...]

# -- English -------------------------------------------------------------------------------

NO_DAYS_EN = (r"(?!.*\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
               r"fifteen|twenty|thirty|forty|fifty|a|one) (?:days?|weeks?|months?)\b"
               r"(?! (?:ago|left|to go|before)\b))")
"""No silence counted in days, weeks or months (the silence reader decides those)."""
NO_LINK_EN = r"(?!.*\b(?:link|sms|text message|email|e mail|whatsapp|click)\b)"
"""No link or text message: a fee or a code asked for that way is a scam's, not the parcel's."""
_NOT_EN = r"(?<!not )(?<!never )(?<!no )(?<!nt )"
"""No negation just before."""
_FEW_DAYS_EN = (r"(?:a few|few|a couple of|a couple|couple of|couple|some|several|a number of) "
                r"days\b(?! (?:left|to go|before|after|ago|of protection)\b)")
"""A short silence told without its number."""
_WEEKDAY_EN = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
"""A day of the week named instead of counted ("since yesterday" is counted by the silence
reader)."""
_TRACKED_EN = (r"(?=.*\b(?:track\w*|trak\w*|parcel|package|scans?|updates?|moved|moving)\b)"
               r"(?!.*\b(?:verif\w*|process\w*|handling|not shipped|nothing shipped)\b)")
"""The tracking is what stands still, never an order's status."""
_CLAIMED_EN = (r"(?!.*\b(?:seller|store|shop|he|she|they)\b(?: \w+){0,3} (?:says?|said|writes|"
               r"wrote|claims?|claimed|told|tells)\b)(?!.*\bif (?:the )?customs\b)")
"""Not the seller's word about customs, nor customs in a condition."""
_NOT_A_PERSON_EN = (r"(?!.*\b(?:seller|store|shop|support|he|she|they)\b(?: \w+){0,3}? (?:silent|"
                    r"quiet|said nothing|says nothing|not (?:answered|replied|answering|"
                    r"replying)|ignor\w*)\b)")
"""A person's silence ("the seller has been silent since Monday") is no tracking's."""
_SILENT_EN = (r"(?:stuck|nothing(?: new)?|no (?:new )?(?:updates?|movement|changes?|news|scans?)|"
              r"not (?:a )?(?:single )?(?:update|scan|movement)|(?:has not|have not|did not|"
              r"not) (?:moved|updated|changed|budged)|the same (?:status|thing|line|place|"
              r"location|update)|silent|silence|quiet|frozen|crickets|sitting|standing still|"
              r"(?:has|have) had it)")
"""A tracking that says nothing new."""

_STILL_NOW_EN = (r"(?!.*\b(?:before that|used to|at first|was moving|was updating|had been|"
                 r"stuck|stopped|no (?:new )?(?:updates?|movement|scans?)|nothing|not moving|"
                 r"not updating|silent|quiet|frozen)\b)")
"""Moving now: no past ("it was moving every day before that") and no silence beside it."""

TRACKING_EN: Rows = (
    # the courier at the door, outside or on the phone: in the buyer's country ("the courier is
    # at my door asking for the code", "the delivery guy called, he's outside")
    (r"^" + NO_LINK_EN
     + r"(?!.*\b(?:will not|would not|can not|could not|not) (?:bring|deliver|come)\b)"
     r".*?\b(?:courier|delivery (?:guy|man|driver|person|boy)|driver|postman|"
     r"postie|mailman|post man)\b(?: \w+){0,3}? (?:is |s |was |has )?(?:at (?:my|the|our) "
     r"(?:door|gate|house|flat)|outside|downstairs|here|(?<!not )(?<!never )(?:called|phoned|rang|"
     r"came by|came to my|is coming (?:today|tomorrow)|will (?:come|bring it) (?:today|"
     r"tomorrow)))\b", "in_country"),
    # the buyer's own customs holding it or asking for an ID, a tax or a fee ("customs here is
    # holding my parcel and wants my ID", "customs wants RM45 before they release it"); never
    # the sending country's customs, nor a silence counted in days there
    (r"^" + NO_DAYS_EN + NO_LINK_EN + _CLAIMED_EN
     + r"(?!.*\b(?:china|origin|export|sending country|departure)\b)"
     r".*?\bcustoms\b(?: (?!not\b|never\b)\w+){0,4}? (?:want|wants|wanted|asks?|asking|asked|"
     r"demands?|demanding|requires?|requiring|needs?|is holding|are holding|holding|held|holds|"
     r"has my|have my)\b(?: \w+){0,8}? (?:id|passport|tax|taxes|duty|duties|fee|fees|vat|pay|"
     r"payment|cpf|documents?|invoice|proof|release|my parcel|the parcel|my package|the package|"
     r"it)\b", "in_country"),
    (r"^" + NO_DAYS_EN + NO_LINK_EN + _CLAIMED_EN
     + r".*?\b(?:held|holding|sitting|waiting|is|it s|its) (?:at|in) (?:the )?(?:\w+ )?"
     r"customs(?: \w+){0,3}? (?:right now|now|at the moment|today)\b",
     "in_country"),
    # a duty to pay at the post office, or a notice to collect it there
    (r"^" + NO_LINK_EN + _CLAIMED_EN
     + r".*?\b(?:pay|paid)(?: \w+){0,4}? (?:duty|duties|customs|tax|taxes|vat)"
     r"(?: \w+){0,6}? (?:to collect|to get|to pick|to release|before (?:they|it|i)|at the post "
     r"office)\b|\bpost office(?: \w+){0,4}? (?:sent|left|put) (?:me )?(?:a |an )?(?:paper |"
     r"card |slip |delivery )?(?:notice|card|slip|note)\b", "in_country"),
    # waiting at a pickup point or a locker ("it's at the pickup locker on my street")
    (r"\b(?:it s|its|it is|parcel is|package is|order is|sitting|waiting|lying|is now|is still|"
     r"is already) (?:now |still |already )?(?:at|in) (?:the |a |my |our )?(?:\w+ )?(?:pick ?up "
     r"(?:point|locker|location|station|shop)|parcel (?:locker|terminal|shop)|collection point|"
     r"locker)\b", "in_country"),
    # a tracking that moves, slowly ("tracking updates but slooow", "moving slowly with new scans")
    (r"^" + _STILL_NOW_EN + r".*?" + _NOT_EN + r"\b(?:track\w*|it|parcel|package|status)"
     r"(?: (?!not\b|never\b|no\b)\w+){0,2}? "
     r"(?:updates|updating|moves|moving|is moving|keeps updating|keeps moving)(?: \w+){0,3}? "
     r"(?:but |just |only )?(?:very |so |really |super |painfully )?(?:slow\w*|sloo+w\w*)\b",
     "moving"),
    # a new line every day or every few days ("departed hub daily", "new scans every day")
    (r"^" + _STILL_NOW_EN + r".*?" + _NOT_EN
     + r"\b(?:departed|left|arrived at|passed|new|another|fresh) (?:\w+ ){0,3}?(?:daily|"
     r"every (?:single )?day|each day|every (?:few|couple of|other|two|2|three|3) days?|each few "
     r"days)\b", "moving"),
    # a short silence told without its number: stalled ("a few days of nothing", "stuck for a
    # couple of days", "since Friday the tracking says the same thing")
    (r"^" + NO_DAYS_EN + _NOT_A_PERSON_EN + r".*?\b" + _SILENT_EN + r"(?: \w+){0,4}? (?:for |in )?"
     r"(?:the (?:last|past) )?" + _FEW_DAYS_EN + r"|^" + NO_DAYS_EN + _NOT_A_PERSON_EN
     + r".*?\b" + _FEW_DAYS_EN + r" (?:of |with |without )?(?:no|nothing|silence|total silence|"
     r"crickets|quiet|zero|the same)\b", "stalled"),
    (r"^" + _TRACKED_EN + NO_DAYS_EN + _NOT_A_PERSON_EN + r".*?\bsince " + _WEEKDAY_EN
     + r"(?: \w+){0,5}? (?:nothing|no (?:new )?"
     r"(?:updates?|movement|changes?|scans?)|the same|not (?:moved|updated|changed)|stuck|"
     r"silent|quiet)\b|^" + _TRACKED_EN + NO_DAYS_EN + _NOT_A_PERSON_EN + r".*?\b"
     + _SILENT_EN + r"(?: \w+){0,4}? since " + _WEEKDAY_EN + r"\b", "stalled"),
    # a number no tracker knows or that shows someone else's parcel
    (r"\b(?:number|track\w*|code)(?: \w+){0,2}? (?:does not|did not|do not|will not) (?:show"
     r"(?: up)?|exist|come up|appear|work)(?: \w+){0,2}? (?:on|in|at) (?:any|every|all)(?: \w+)? "
     r"(?:sites?|websites?|trackers?|services?|apps?|pages?)\b|\b(?:number|track\w*|code)"
     r"(?: \w+){0,2}? (?:does not|did not|do not) (?:show(?: up)?|exist|appear) anywhere\b",
     "dead"),
    (r"\b(?:17track|cainiao|track\w*|number|it) (?:shows?|showed|is for|belongs to|leads to) "
     r"(?:a |an |some )?(?:completely |totally )?(?:different|another|other|someone else s|"
     r"somebody else s|random) (?:parcel|package|shipment|order|delivery|person s parcel)\b",
     "dead"),
    # never more than its first line ("the number only ever showed 'order information received'")
    (r"^(?!.*\byet\b).*?\b(?:only ever|never more than|nothing but|still only|only)(?: \w+){0,2}? "
     r"(?:showed|shows|says|said|had|has|is)(?: \w+)? (?:order info\w* received|info\w* "
     r"received|label created|shipment info\w* received|preparing shipment|electronic info\w*|"
     r"pre ?advice)\b|\bthe only (?:line|entry|event|status|update|record)(?: \w+){0,3}? "
     r"(?:is|says|was) (?:order info\w* received|info\w* received|label created|origin post is "
     r"preparing shipment|preparing shipment)\b", "dead"),
)
"""English tracking rows, read after the seller's claims and the "delivered" rows."""

# -- Russian -------------------------------------------------------------------------------

_NO_DAYS_RU = (r"(?!.*\b(?:\d+|два|две|три|четыре|пять|шесть|семь|восемь|девять|десять|"
               r"\w+надцать|двадцать|тридцать|сорок|полтора|полторы|пол|одну|один)\s*(?:дн\w*|"
               r"день|сут\w*|недел\w*|месяц\w*)\b(?! (?:назад|остал\w*)\b))")
"""No silence counted in days, weeks or months (the silence reader decides those)."""
_NO_LINK_RU = r"(?!.*(?:ссылк|смс со ссылк|перейти по|ватсап|whatsapp|телеграм))"
"""No link or messenger: a fee or a code asked for that way is a scam's, not the parcel's."""
_FEW_DAYS_RU = r"(?:пару|пару тройку|несколько|нескольк\w*)(?: \w+)? (?:дн\w*|сут\w*)"
"""A short silence told without its number («пару дней», «несколько дней»)."""
_RECENT_RU = (r"(?:с понедельника|со вторника|со среды|с четверга|с пятницы|с субботы|"
              r"с воскресенья|с прошлой (?:пятницы|субботы|среды))")
"""A day of the week named instead of counted («со вчера» is counted by the silence reader)."""
_TRACKED_RU = (r"(?=.*(?:трек|посылк|отслежив|отметк|статус))(?!.*(?:проверк\w* платеж|"
               r"обработк|не отправ))")
"""The tracking is what stands still, never an order's status."""
_CLAIMED_RU = (r"(?!.*(?:продав|магазин)\w*(?: \w+){0,3} (?:пиш|говор|сказал|написал|утвержда)\w*)"
               r"(?!.*\bесли\b)")
"""Not the seller's word about customs, nor customs in a condition."""
_NOT_A_PERSON_RU = (r"(?!.*\b(?:продав\w*|магазин\w*|поддержк\w*|он|она|они)\b(?: \w+){0,2}? "
                    r"(?:молч\w*|не отвеча\w*|ничего не пиш\w*|игнор\w*))")
"""A person's silence («продавец молчит с понедельника») is no tracking's."""
_SILENT_RU = (r"(?:ничего(?: нового)?|ни одного (?:движения|обновления|статуса)|ни гу-гу|"
              r"ни гугу|не (?:обновля\w*|двига\w*|меня\w*|движ\w*)|нет (?:движения|обновлений|"
              r"новостей|изменений)|стоит|встал\w*|висит|замер\w*|молчит|тишина|застрял\w*)")
"""A tracking that says nothing new."""

TRACKING_RU: Rows = (
    # the courier at the door or on the phone («курьер СДЭК на пороге, просит код»)
    (r"^" + _NO_LINK_RU + r"(?!.*\bне (?:привез\w*|достав\w*|принес\w*|приед\w*))"
     r".*?\b(?:курьер|водитель|почтальон|доставщик)\w*(?: \w+){0,3}? (?:на пороге|"
     r"у двери|у подъезда|внизу|под дверью|звонил\w*|позвонил\w*|приехал\w*|стоит|отписал\w*|"
     r"будет (?:сегодня|завтра|между))\b", "in_country"),
    # the buyer's customs holding it or asking for a passport or a duty; never China's customs
    (r"^" + _NO_DAYS_RU + _NO_LINK_RU + _CLAIMED_RU + r"(?!.*(?:китай|китае|отправлени|экспорт))"
     r".*?(?:\bтаможн\w*(?: \w+){0,3}? (?:держит|задержал\w*|просит|просят|требует|требуют|"
     r"хочет|хотят)|(?:держит|задержал\w*|просит|просят|требует|требуют) (?:\w+ )?таможн\w*)"
     r"(?: \w+){0,6}?(?: (?:паспорт\w*|инн|пошлин\w*|сбор\w*|налог\w*|документ\w*|посылк\w*|"
     r"данные|оплат\w*))?", "in_country"),
    (r"^" + _NO_LINK_RU + _CLAIMED_RU
     + r".*?\b(?:таможенн\w* (?:сбор|пошлин)\w*|пошлин\w*)(?: \w+){0,4}? (?:оплатить|"
     r"заплатить|платить) (?:на почте|в отделении|при получении)|\b(?:почта|белпочта|казпочта|"
     r"отделение)(?: \w+){0,2}? (?:прислал\w*|пришл\w*|выдал\w*) (?:мне )?извещени\w*",
     "in_country"),
    # «посылка лежит в пункте выдачи», «в моём ПВЗ», «на почте в нашем городе»
    (r"^(?!.*\b(?:выдано|вручено|доставлено)\b).*?\b(?:лежит|ждет|находится|уже|сейчас|пришла|"
     r"прибыла) (?:\w+ )?(?:в (?:моем |нашем |ближайшем )?(?:пвз|пункте выдачи|постамате|"
     r"отделении|сортировочном центре (?:нашего|моего))|на (?:нашей |моей )?почте (?:в|у) "
     r"(?:нас|нашем|моем))\b", "in_country"),
    # a short silence told without its number: stalled («пару дней ничего не обновляется», «с
    # позавчерашнего утра ни одного движения», «несколько дней не обновляется»)
    (r"^" + _NO_DAYS_RU + _NOT_A_PERSON_RU + r".*?(?:\b" + _FEW_DAYS_RU + r"(?: \w+){0,3}? "
     + _SILENT_RU + r"|\b" + _SILENT_RU + r"(?: \w+){0,3}? " + _FEW_DAYS_RU
     + r"\b)(?! (?:остал\w*|назад)\b)", "stalled"),
    (r"^" + _TRACKED_RU + _NO_DAYS_RU + _NOT_A_PERSON_RU + r".*?(?:\b" + _RECENT_RU
     + r"(?: \w+){0,4}? " + _SILENT_RU + r"|\b" + _SILENT_RU + r"(?: \w+){0,4}? " + _RECENT_RU
     + r")", "stalled"),
    # a number no tracker or post office knows («трек не ищется ни на одном сайте», «почта пишет,
    # что такого номера нет», «ни 17трек, ни почта номер не видят»)
    (r"\b(?:трек|номер(?! (?:телефон|карт|заказ|счет|спор)))\w*(?: \w+){0,3}? "
     r"(?:не (?:существует|ищется|находится|отслеживается|"
     r"появил\w*)|нет) (?:ни на (?:одном|каком)|нигде)\b|\bтакого (?:трек\w* номера|номера|трека) "
     r"нет\b|\bни (?:17 ?трек|17track|почта|сайт\w*)\w*,? ни (?:\w+ )?(?:почта|сайт"
     r"\w*|17 ?трек|17track)\w*(?: \w+){0,2}? (?:не (?:видят|находят|знают)|не видит|не находит)"
     r"|\bне ищется ни\b", "dead"),
    # never more than its first line («трек до сих пор только «Получена информация»»)
    (r"^(?!.*\bпока\b).*?\b(?:до сих пор|все еще|так и) (?:только|лишь) (?:получена "
     r"информация|информация получена|принято (?:в обработку|перевозчиком)|создан\w*|"
     r"ожидает (?:авиа)?отправк\w*)", "dead"),
)
"""Russian tracking rows, read after the seller's claims and the "delivered" rows."""

TRACKING_RU_FIRST: Rows = (
    # a status asked about, a parcel imagined or parcels in general («что значит «передано в
    # авиакомпанию» в треке?», «что будет, если защита кончится, пока посылка ещё едет?»,
    # «сколько обычно лежат посылки на таможне?»): no state of the buyer's parcel
    (r"\bчто (?:значит|означает|обозначает)(?: (?!(?:но|а|и|потому)\b)\w+){1,8}|"
     r"\b(?:(?:что|как) будет,? )?(?:если|вдруг|когда) (?:\w+ ){0,5}?(?:пока )?(?:посылка|она|"
     r"заказ|трек) (?:\w+ )?(?:еще |уже )?(?:едет|будет|застрянет|зависнет|придет|окажется|"
     r"встанет)(?: (?!(?:но|а|потому)\b)\w+){0,5}|"
     r"\b(?:обычно|как правило|в среднем)(?: \w+){0,3}? посылки(?: (?!(?:но|а|моя|мой|у меня)\b)"
     r"\w+){0,8}", ""),
)
"""Russian masks read first in the tracking table (the English ones are `QUESTION_CLAUSE` and
`GENERAL_RULE`)."""
