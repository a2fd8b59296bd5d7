"""The free-text routing rules, as data: (flow name, patterns) per language.

Syntax and matching are described in `flows.routing`. In short: words are stems
("посылк", "arriv"), short words and words ending in "$" must match whole tokens,
"a|b" is a choice, " & " joins phrases that may appear anywhere, and a pattern's
weight is its number of words unless written as (pattern, weight). Vague single
nouns ("parcel", "refund") get a small weight, so alone they only suggest candidates.
"""

from __future__ import annotations

Pattern = str | tuple[str, float]
Rules = tuple[tuple[str, tuple[Pattern, ...]], ...]

EN: Rules = (
    ("cancel", (
        "cancel", "cancel order", "want to cancel", "can i cancel", "cancellation request",
        "changed my mind", "change my mind", "do not want it|this|the", "no longer need|want",
        "by mistake", "ordered wrong", "stop the|my order", "undo order",
        ("refund", 0.5), ("money back", 0.5),
    )),
    ("notshipped", (
        "not ship", "not been ship", "never ship", "not sent", "not been sent",
        "not dispatch", "awaiting shipment", "waiting for shipment", "still processing",
        "no tracking", "no track number", "tracking number missing", "processing time",
        "when will & ship|send|dispatch", "seller not sent|ship", "ship my order",
        "not posted",
    )),
    ("notreceived", (
        "not receiv", "never receiv", "not get|got", "not arriv", "never arriv", "never came",
        "not come",
        "not deliver", "not here", "where is my parcel|package|order|item",
        "tracking not updat|moving|working", "tracking stuck", "stuck", "no movement",
        "lost", "delivery late|delayed|overdue", "late", "delay", "overdue",
        "still wait", "protection expir|ending|end", "extend protection",
        ("parcel", 0.5), ("package", 0.5), ("tracking", 0.5), ("delivery", 0.5),
    )),
    ("wrongitem", (
        "wrong item|product|color|colour|size|model|thing", "not as described",
        "not match description", "different item|product|color|colour|model",
        "defect", "broken", "damag", "not work", "stopped working", "fake", "counterfeit",
        "poor|bad|low quality", "crack", "torn", "faulty", "scratched", "not what ordered",
        "not what i ordered", "not the same", "missing parts", "part|parts|piece|pieces missing",
        "dead on arrival",
    )),
    ("multiitem", (
        "several items|products|things", "multiple items|products", "many items",
        "one of the items|products|parcels", "one item missing", "missing item",
        "items missing", "only one of", "only part", "part of my|the order",
        "not all items|products|parts", "only received|got|came", "some items",
        "2|3|4|5|two|three|four|five items|pcs|pieces", "incomplete", "quantity",
        "less than ordered", "other items|item", "rest of the order",
        "some|other|rest|remaining|missing items|item|products|parts"
        " & not|never arriv|receiv|came|come|deliver",
        "one of & not|never arriv|receiv|came|come|deliver",
    )),
    ("dispute", (
        "open dispute", "open a dispute", "start dispute", ("dispute", 1.0),
        "escalat", "seller refus", "seller ignor", "seller not respond|reply",
        "seller no reply|response", "return request", "refund request", "dispute button",
        "claim", "evidence", "partial refund", "return the item", "send it back",
        "seller rejected|declined|refused & dispute|claim|request|refund", ("refund", 0.5),
        ("money back", 0.5),
    )),
    ("moneylate", (
        "refund not receiv|arriv|come", "refund never", "no refund", "not refunded",
        "money not receiv|arriv|come|returned|back", "money back not|never", "no money",
        "where is my refund|money", "not get|got|receiv|see & refund|money",
        "still no refund|money", "waiting for my|the refund",
        "won dispute", "win dispute", "dispute won", "dispute in my favour|favor",
        "refund approved|completed|issued|processed", "refund late|delayed|slow", "late refund",
        "cancel|cancelled & refund|money & not|no|still",
        "business|working days", "card statement", "bank statement", "alipay", "balance",
        "card expired", "expired card", "new card", "bank bankrupt|closed|licence|license",
        "when will i get my money|refund", "when & get|receive|see & money|refund", ("bank", 0.5),
        ("card", 0.5), ("refund", 0.5), ("money back", 0.5),
    )),
    ("disputelost", (
        "lost dispute", "lost the dispute", "dispute lost", "dispute rejected|declined|denied",
        "dispute closed & seller|without", "dispute closed & no refund",
        "favour|favor of the seller",
        "in seller favour|favor", "sided with the seller", "seller won",
        "aliexpress rejected|refused|declined",
        "reopen dispute", "reopen", "appeal", "closed without refund", "open & dispute & again",
    )),
    ("scams", (
        "scam", "fraud", "scammer", "suspicious", "is it legit", "trick",
        "paypal", "outside aliexpress", "pay directly",
    )),
    ("basics", (
        "how & protection & work|works", "what is buyer protection", "buyer protection",
        "before buy|buying|ordering|purchas", "before i buy|order",
        "how long & deliver|delivery|shipping|take",
        "delivery time|times", "shipping time|times", "store|shop|seller reliabl|trust|legit|safe",
        "trust & seller|store|shop",
        "check store|shop|seller", "safe to buy|order", "first order", "new to aliexpress",
        "how does it work", "how does aliexpress work", "tips", "general question",
        "choose seller|store|shop", "good seller|store|shop",
    )),
)

RU: Rules = (
    ("cancel", (
        "отмен", "отмен заказ", "хочу$ отмен", "передумал", "передумала", "больше не нужен|нужна",
        "не нужен|нужна", "по ошибк", "ошибся|ошиблась", "отказат от", "отказ от заказ",
        ("верн деньг", 0.5),
        ("возврат", 0.5),
    )),
    ("notshipped", (
        "не отправ", "не отправлен", "не высл", "не отгруж", "ожидает отправк",
        "нет трек", "не дал|дает|присвоил|выдал трек", "нет номер", "трек номер нет",
        "в обработк", "срок обработк", "когда отправ", "до сих пор не отправ",
        "не передал в доставк",
    )),
    ("notreceived", (
        "не приш", "не получ", "так и не приш|получ|доставил|дошл", "не доставл", "не достав",
        "где посылк", "где заказ",
        "трек не обновл", "не отслеж", "не отслежива", "трек стоит", "застрял", "нет движен",
        "потерял", "потерян", "срок доставк прош|истек|вышел", "опаздыва", "задерж",
        "долго ид|едет", "не дошл|дошел", "не доход", "до сих пор нет", "продл защит",
        "защита заканчива|истека", ("посылк", 0.5), ("трек", 0.5), ("доставк", 0.5),
    )),
    ("wrongitem", (
        "не тот|та|то|те", "не того|той", "не тот размер|цвет", "не соответ", "не по описан",
        "брак", "сломан", "разбит", "поврежд", "не работ", "подделк", "фейк", "дефект",
        "плох|низк качеств", "порван", "трещин", "другой|другую|другое товар|вещь|цвет|модель",
        "прислали не то", "не та модель", "неисправ", "царапин", "мят",
    )),
    ("multiitem", (
        "несколько товар", "част товар", "част заказ", "не все товар|вещ", "один из товар",
        "одного товар нет", "не хватает", "недолож", "недовлож", "пришла|пришло|пришел только",
        "только один|одна|одну|часть", "меньше чем заказ", "пришло меньше", "некомплект",
        "неполн", "штук", "остальн", "2|3|4|5|два|две|три|четыре|пять товар|штук|позиц",
        "одна посылка из", "одна из посылок", "не полн", "комплект",
        "не все товар|вещ|позиц & приш|получ|доставл|дошл",
        "один|одна|одного|одну из & не приш|получ|доставл|дошл",
        "остальн|част & не приш|получ|доставл|дошл",
    )),
    ("dispute", (
        "открыт спор", "как открыть", ("спор$|спора$|спору$|спором$|споре$|споры$|споров$", 1.0),
        "диспут", "обостр", "эскалац",
        "продавец отказ|отказал|отказыва", "продавец игнор", "продавец не отвеча",
        "продавец молчит", ("верн деньг", 0.5), "оформить возврат", "кнопк спор",
        "доказательств", "частичн возврат", "претензи", "вернуть товар", ("возврат", 0.5),
    )),
    ("moneylate", (
        "деньг не приш|верн|получ|поступ", "не приш|поступ деньг", "не верн|вернул деньг",
        "возврат не приш|поступ|получ", "не получ возврат|деньг", "где мои деньг",
        "где деньг", "где возврат", "до сих пор нет денег|возврат", "выиграл|выиграла спор",
        "спор выигран", "в мою пользу", "отмен & деньг|возврат & не|нет|ещ",
        "рабоч дн|дней", "выписк", "алипей", "alipay", "баланс", "бонус",
        "карт & истек|просроч|перевыпущ|перевыпуст|заблок|закрыт|новую|новая|новой",
        "банк & лиценз|банкрот|закрыл|закрыт", "когда верн деньг", "когда придут деньг",
        ("банк", 0.5), ("карт", 0.5), ("деньг", 0.5), ("возврат", 0.5),
        ("верн деньг", 0.5), "возврат|деньг & нет|нету",
    )),
    ("disputelost", (
        "проиграл|проиграла спор", "спор проигран", "пользу продав", "спор отклон",
        "спор закрыт & продав|отказ", "спор закрыт без возврат", "отказали в споре|возврат",
        "али|алиэкспресс|aliexpress отказ|отклон", "закрыли спор",
        "повторн спор", "спор заново|повторно", "обжал", "апелляц",
        "открыт & спор & повторн|заново|снова",
    )),
    ("scams", (
        "мошен", "обман", "развод", "кинул", "кидал", "подозрит",
    )),
    ("basics", (
        "как работ & защит", "что такое & защит", "защита покупател", "перед$ покуп",
        "сколько & ид|идет|едет|ждать|доставк|ехать", "срок доставк", "как долго & ид|доставк",
        "как выбр", "провер магазин|продав", "надежн", "доверя", "перв заказ",
        "как это работ", "как работает али|алиэкспресс|aliexpress", "совет", "общий вопрос",
        "хорош продав|магазин",
    )),
)

SCAM_EN: tuple[Pattern, ...] = (
    "me to close|cancel|withdraw & dispute", "if i close|cancel|withdraw & dispute",
    "close|cancel the dispute and", "close|cancel dispute and",
    "close|cancel|withdraw the|my dispute for|to get",
    "refund|pay|send|return via|through|by|over|to|with paypal",
    "paypal & close|cancel & dispute", "money via|through|by|to paypal",
    "card transfer", "transfer to his|her|their|my card", "send & card number",
    "me to confirm", "confirm receipt|delivery|order & before|early|first|yet",
    "confirm & not arriv|receiv|come", "confirm & have not|did not|has not",
    "pay|paid|payment|send|sent|transfer outside", "pay|paid|send|transfer directly",
    "outside aliexpress|ali|site|platform", "wants & extra payment",
    "western union & seller",
)

SCAM_RU: tuple[Pattern, ...] = (
    "прос|предлаг|предлож|хочет$|уговар|требу|сказал & закр|отмен & спор",
    "если закро|закрою|отменю & спор",
    "через|на|по paypal|пейпал|пэйпал|пайпал|пейпел & верн|возврат|перевед|перевест|скин",
    "продав & пейпал|пэйпал|пайпал|пейпел|paypal",
    "продав & перевед|перевест|перевод|скин|перекин|кинет & карт",
    "прос|предлаг|предлож|хочет$|уговар|требу|сказал & подтверд",
    "подтверд & получ & до|раньше|заранее|пока|ещ", "подтверд & не приш|получ|дошл",
    "напрямую & оплат|заплат|перевест|перевод|плат|скин",
    "вне|мимо|минуя|обход али|алиэкспресс|aliexpress|площадк|сайт",
    "доплат & продав",
)

NEIGHBOURS: dict[str, tuple[str, ...]] = {
    "cancel": ("notshipped", "moneylate"),
    "notshipped": ("cancel", "notreceived"),
    "notreceived": ("notshipped", "dispute"),
    "wrongitem": ("dispute", "multiitem"),
    "multiitem": ("wrongitem", "notreceived"),
    "dispute": ("disputelost", "wrongitem"),
    "moneylate": ("dispute", "cancel"),
    "disputelost": ("dispute", "moneylate"),
    "scams": ("dispute", "basics"),
    "basics": ("scams", "dispute"),
}
"""Related flows to offer when a weak match suggests only one."""
