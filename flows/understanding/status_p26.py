"""Twenty-sixth pass D: the order's status, the tracking and the dispute's state, as rows.

Rows in the format of `flows.understanding.facts_en` / `facts_ru` (a pattern over normalised
text and the value it gives; `MASK` blanks what it matches, None says nothing), kept here so the
language tables only name them. Each group reads one kind of saying the older rows missed, with
its look-alikes first. `EMPTY_TRACKING_*` read the raw text (a pasted "Tracking number: —" loses
its dash to `normalise`).
"""

from __future__ import annotations

import re

MASK = ""
"""A row value that blanks out what it matches and lets the next rows read the rest."""

Rows = tuple[tuple[str, str | None], ...]

# -- the tracking: a number called dead beside its days of silence --------------------------

_DAYS_EN = (r"(?:\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
            r"thirteen|fourteen|a few|few|couple of|a couple of) (?:full |whole |straight )?"
            r"(?:days?|weeks?)\b")
"""A count of days or weeks, as the silence reader takes it."""
_DAYS_RU = (r"(?:\d{1,3}|\w+) (?:дн\w*|день|сут\w*|недел\w*)\b")
"""A count of days or weeks («10 дней», «неделю», «двое суток»)."""

TRACKING_EN: Rows = (
    # "tracking dead quiet 11 days", "my tracking has been dead for a week": the word "dead"
    # beside days of silence is the silence itself, read by the silence rule (FACTS.md "Tracking
    # words": stalled under 15 days, dead from 15 up, with the days); a number that never worked
    # ("invalid for 8 days", "not found") stays dead
    (r"\b(?:track\w*|trak\w*|trck\w*|parcel|package)(?: number| code| info)?(?: (?:is|was|has|"
     r"been|went|gone|has gone|has been|completely|totally|just|still|now|basically|literally))*"
     r" (?:dead|died|dead quiet|dead silent|gone dead)(?: (?:quiet|silent|for|since|now|already|"
     r"again))* " + _DAYS_EN + r"(?! (?:left|to go|before|after)\b)", None),
)
"""English tracking rows, read before the rows that give `dead`."""

TRACKING_RU: Rows = (
    # «трек мёртвый 10 дней», «трек уже неделю как мёртвый»: the silence rule decides
    (r"\b(?:трек|отслеживани|посылк)\w*(?: номер\w*)?(?: (?:уже|совсем|глухо|вообще|просто|"
     r"как|был|была|было|стал|стоит))* (?:мертв\w*|дохл\w*|умер\w*|сдох\w*)(?: (?:уже|как|"
     r"стоит|висит|молчит))* " + _DAYS_RU + r"(?! назад)|\b(?:трек|отслеживани)\w*(?: номер\w*)?"
     r" (?:уже )?" + _DAYS_RU + r" (?:как )?(?:мертв\w*|дохл\w*)", None),
    # «номер ничего не показывает» with the order said shipped: the tracking number, never
    # another number (an order's, a phone's, a card's)
    (r"^(?=.*(?:отправлен|отправили|в пути|выслали|отгрузили))(?:.*\s)?(?<!телефона )"
     r"(?<!карты )(?<!заказа )\bномер\w*(?: (?!телефон|карт|заказ|счет|спор|не\b)\w+){0,2}? "
     r"(?:вообще |так и |совсем |до сих пор )?ничего не (?:показыва|показал|выда|пиш|находит)\w*",
     "dead"),
)
"""Russian tracking rows, read before the rows that give `dead`."""

EMPTY_TRACKING_EN = re.compile(
    r"\btrack(?:ing)?(?: number| no\.?| code| #| id)?\s*[:：]\s*(?:[—–-]+|n/?a|none|nil)"
    r"(?=\s*(?:$|[.,;!?()]|\s(?![A-Z]{2}\d{5}|\d{6})))", re.IGNORECASE)
"""A pasted order page whose tracking field is empty ("Tracking number: —", "tracking: n/a"):
no number given (FACTS.md "Pasted order pages")."""
EMPTY_TRACKING_RU = re.compile(
    r"(?:\bтрек(?:[- ]?номер)?|\bномер (?:для )?отслеживания)\s*[:：]\s*(?:[—–-]+|нет|"
    r"отсутствует)(?=\s*(?:$|[.,;!?()]|\s(?![A-Z]{2}\d{5}|\d{6})))", re.IGNORECASE)
"""«трек-номер: —», «Номер отслеживания: нет»."""

# -- the dispute: a seller's reward that is no offer, his words quoted ------------------------

DISPUTE_EN_FIRST: Rows = (
    # a store's rating ("91% positive feedback", "98.5% positive reviews") is no review the
    # seller asks for: the reward rows must not read it
    (r"\b\d+(?:[.,]\d+)? ?(?:%|percent) (?:positive|good) (?:feedback|reviews?|ratings?)\b", MASK),
    # a discount on a later order for paying him outside AliExpress ("30% off if i pay him by
    # western union next time", "a discount when i order on his website"): no offer in this
    # order's claim (FACTS.md "The seller's chat pasted")
    (r"(?:\b(?:offer|propos|promis|suggest|give|gave|get)\w*(?: \S+){0,2}? )?"
     r"\b(?:discount|\d+ ?% off|percent off|cheaper|lower price|coupon)\w*(?: \S+){0,6}? "
     r"(?:if|when|for|as long as) (?:i |we )?(?:pay|paid|paying|order|ordering|buy|buying|"
     r"transfer|send)\w*(?: (?:him|them|the seller|it|money|next time|again))* (?:directly|"
     r"direct|outside|off|by|via|through|with|on|to) (?:\S+ )?(?:western union|bank transfer|"
     r"transfer|paypal|his|their|the seller s|website|site|whatsapp|telegram|card|crypto|"
     r"aliexpress|ali|platform|app|wise|skrill|cash)\b", MASK),
    # a shop's coupon for following or subscribing to it ("shop gives a coupon if you follow
    # it", "store coupon for subscribers"): a promotion, no offer in a claim
    (r"\b(?:coupons?|vouchers?|discount|promo ?codes?)(?: \S+){0,5}? (?:if|when|for|after) "
     r"(?:you |i |we )?(?:follow\w*|subscrib\w*|join\w*|sign\w* up|add\w* (?:it|the store|"
     r"the shop) to)\b|\b(?:follow\w*|subscrib\w*)(?: \S+){0,3}? (?:and|to) (?:get|receive)"
     r"(?: \S+){0,2}? (?:coupons?|vouchers?|discount)", MASK),
    # the buyer's own "and will send it back" beside a refund wanted is no seller's offer
    (r"\b(?:i|we)\b(?: \S+){0,8}? (?:and|then|so) (?:i |we )?(?:will|can|ll|would|could|am "
     r"ready to|am willing to) (?:send|return|ship|post) (?:it|them|the \w+|everything) back\b",
     MASK),
    # the seller's plea to close told with a typo or with no object ("close the disput, we
    # return money", "dear friend please close, we send new one"): the dispute is open (FACTS.md:
    # a plea to close is `opened`); never once the buyer closed it or a later stage is told
    (r"^(?!.*\b(?:escalat\w*|arbitrat\w*|appeal\w*|won|lost|favou?r|decided)\b)"
     r"(?!.*\b(?:i|we) (?:\w+ )?(?:closed|cancell?ed|withdrew)\b)(?:.*\s)?(?:(?:please|pls|plz|"
     r"kindly|friend|pleas) (?:close|cancel|withdraw|remove)(?: it)? (?:and |then )?(?:we|i) "
     r"(?:will |ll |can )?(?:send|resend|return|refund|give|pay)|(?<!i )(?<!we )\b(?:close|"
     r"cancel|withdraw|remove) (?:the |your |ur |this )?(?:disput|dispt|dispu|dispite|dipsute|"
     r"disputte|dispuet)\b)", "opened"),
)
"""English dispute rows read before the rows that place a seller's reward."""

_MONEY_EN = (r"[$€£] ?\d|\d+(?:[.,]\d+)? ?(?:\$|€|£|usd|eur|gbp|dollars?|bucks|euros?|pounds?|"
             r"%)")
"""A sum of money or a share, never a bare count ("in 5 days")."""

DISPUTE_EN: Rows = (
    # the seller's own words, quoted: "we send correct one free", "seller: we will refund 5
    # dollars", "store replied we can resend it"; never a ship-by promise ("we will send it
    # tomorrow", "we will send in 5 days"), a tracking number, a refusal ("we will not refund"),
    # the buyer made to pay, or a plea to close
    (r"^(?!.*\b(?:close|cancel|withdraw|drop|remove)\w* (?:\w+ )?(?:dispute|claim|case|it)\b)"
     r"(?:.*\s)?(?:seller|store|shop|they|he|she)\w*(?: \w+){0,3}? (?:says?|said|wrote|writes|"
     r"replied|replies|answered|answers|messaged|texted|told me)(?: \S+){0,4}? (?:we|i) (?:will |"
     r"ll |can |could |shall |would )?(?:send|resend|re send|reship|refund|return|give|"
     r"compensate|replace|offer)\w*(?: \S+){0,3}? (?:correct|right|new|another|replacement|again|"
     r"free|coupon|voucher|money|refund|partial|part|half|" + _MONEY_EN + r")", "offer"),
    # "seller agreed to refund the third", "shop agreed to resend the missing one"
    # (the seller named: "they agreed to refund" may be AliExpress)
    (r"\b(?:seller|store|shop|he|she)(?: \w+){0,1} (?:agreed|agrees|is willing|was willing|"
     r"is ready|was ready) to (?:refund|resend|re send|reship|replace|compensate|give (?:me )?"
     r"(?:back|a|some|part|half|\$|€|£|\d)|send (?:me )?(?:a |the )?(?:new|another|correct|right|"
     r"missing|replacement))\b", "offer"),
    # a dispute page pasted: "Dispute finished: Refund to buyer", "Dispute result: refund
    # approved" (FACTS.md "Pasted dispute pages")
    (r"\bdispute (?:finished|result|outcome|closed|resolved|status|decision)\w*(?: \w+)? "
     r"(?:refund (?:to (?:the )?buyer|approved|issued|granted|successful)|full refund|"
     r"buyer wins?|in (?:the )?buyer s favou?r)\b", "won"),
)
"""English dispute rows read before the row that leaves an unplaced stage unsaid."""

_CHAT_RU = (r"(?:продав|магазин|селлер)\w*(?: (?:в|по) (?:чате|переписке|сообщени\w*))?"
            r"(?: (?:пишет|написал\w*|ответил\w*|отвечает|говорит|сказал\w*|прислал\w*|"
            r"предлагает))?")
"""The seller quoted: «продавец:», «продавец в чате:», «магазин ответил:»."""

DISPUTE_RU_FIRST: Rows = (
    # a discount for paying him directly next time («скидку 25%, если переведу ему напрямую»,
    # «скидка, если закажу у него на сайте»): no offer in this order's claim
    (r"(?:\b(?:предлага|предлож|обеща|да[её]т|дать)\w*(?: \S+){0,2}? )?"
     r"\b(?:скидк|купон|дешевле)\w*(?: \S+){0,6}? (?:если|при|за|когда) (?:\w+ ){0,6}?"
     r"(?:напрямую|минуя|мимо|вне (?:али|алиэкспресс|площадк)|на (?:его|их|свой) (?:сайт|"
     r"карт)|через (?:вотсап|ватсап|телеграм|whatsapp|telegram))\w*", MASK),
    # a shop's coupon for a subscription («магазин дарит купон за подписку»): a promotion,
    # no offer in a claim
    (r"\b(?:купон|скидк|промокод)\w*(?: \S+){0,5}? (?:за|при|после) (?:\w+ )?(?:подписк|"
     r"подписан|подпишет|добавлени\w* в избранн)\w*|\b(?:подпиш|подписк)\w*(?: \S+){0,3}? "
     r"(?:и|чтобы|чтоб) (?:\w+ )?(?:получ|дадут|дает)\w*(?: \S+){0,2}? (?:купон|скидк|"
     r"промокод)", MASK),
    # the seller's plea to close in Ukrainian («якщо я закрию спір», «закрийте спір»): open
    (r"^(?!.*(?:ескал|эскал|арбітраж|арбитраж|виграл|програл|выиграл|проиграл))(?:.*\s)?"
     r"(?:(?:якщо|коли|як тільки) (?:я |ви |ти )?(?:закрию|закриєте|закриєш|скасую|скасуєте|"
     r"відкличу|відкличете)|(?:просить|просять|хоче|вмовляє) (?:\w+ )?(?:закрити|скасувати|"
     r"відкликати)) (?:\w+ )?(?:спір|суперечк)\w*", "opened"),
    # sent up to AliExpress in Ukrainian («передала на розгляд аліекспрес», «спір на розгляді
    # в AliExpress»): escalated
    (r"\b(?:передал|передала|передали|передав|подала|подав|подали)\w* (?:\w+ )?(?:на розгляд "
     r"(?:до |в )?(?:аліекспрес|алі|aliexpress|підтримк)|(?:до|в) (?:аліекспрес|aliexpress|"
     r"підтримк|арбітраж))\w*|\bна розгляді (?:у |в )?(?:аліекспрес|алі|aliexpress|"
     r"підтримк)\w*", "escalated"),
)
"""Russian dispute rows read before the rows that place a seller's reward."""

_MONEY_RU = (r"\d+(?:[.,]\d+)? ?(?:руб\w*|р\b|₽|\$|долл\w*|евро|€|сом\w*|тенге|грн|гривен\w*|"
             r"бел\w* руб\w*|%)")
"""A sum of money or a share, never a bare count («в течение 5 дней»)."""
_NO_CLOSING_RU = (r"^(?!.*(?:закро|закрыть|закрой|отмени|отменя|отзов|подтверд|отзыв|звезд|"
                  r"без спора|не (?:надо|нужно|стоит|открывай\w*|открывать) (?:\w+ )?(?:спор|"
                  r"диспут)|(?:спор|диспут)\w* не (?:надо|нужно|открыва)))(?:.*\s)?")
"""No plea to close the dispute and no offer made so that none is opened."""

DISPUTE_RU: Rows = (
    # the seller's own words, quoted: «продавец: «вернём 300 рублей»», «продавец в чате:
    # «можем дать купон 15%»», «вышлем правильный бесплатно», «оставьте себе, вышлем новый»;
    # never a ship-by promise («отправим завтра», «отправим в течение 5 дней»), a tracking
    # number or a refusal («не вернём»), never with a plea to close the dispute (read above as
    # opened) nor with an offer made so that none is opened («не надо спор»: none)
    (_NO_CLOSING_RU + _CHAT_RU + r"(?: \S+){0,4}? (?<!не )(?:(?:можем|могу|готовы|готов|будем) "
     r"(?:\w+ )?(?:дать|вернуть|компенсировать|возместить)|вернем|вернём|дадим|компенсируем|"
     r"возместим|предлагаем)(?: \S+){0,3}? (?:" + _MONEY_RU + r"|деньг|купон|промокод|скидк|"
     r"компенсац|част|половин)\w*", "offer"),
    (_NO_CLOSING_RU + _CHAT_RU + r"(?: \S+){0,4}? (?<!не )(?:(?:можем|могу|готовы|готов|будем) "
     r"(?:\w+ )?(?:выслать|отправить|прислать|заменить|переслать|дать)|вышлем|отправим|пришлем|"
     r"пришлём|перешлем|перешлём|дошлем|дошлём|заменим|оставьте|оставь)(?: \S+){0,2}? "
     r"(?:" + _MONEY_RU + r"|купон|промокод|правильн|новы|новую|новое|друг|замен|заново|"
     r"бесплатно|себе|товар)\w*\b(?! (?:\w+ )?(?:трек|номер|ссылк|фото|видео|чек))", "offer"),
    # the seller's no with nothing after it («продавец отклонил: «всё в комплекте»», «продавец
    # отказал: так и должно быть»): the seller named is refused (FACTS.md "Decided 2026-12-07"
    # 2); never a cancellation he turned down or a later stage
    (r"^(?!.*(?:отмен|скасув|эскал|обостр|арбитраж|\bали\b|алиэкспресс|aliexpress|поддержк|"
     r"выигра|проигра|предлож|предлага|решени))(?:.*\s)?(?:продав|магазин|селлер)\w* (?:мне |"
     r"сразу |опять |снова |просто )?(?:отклонил|отклонила|отклонили|отказал|отказала|"
     # (two spaces near it: a look-alike blanked there, «отклонил запрос на отмену»; a no to
     # something else named: «отказал в скидке», «отклонил мой запрос на отмену»)
     r"отказали)\b(?!(?: \S+){0,2}  | в (?!возврат|спор|претензи|жалоб|компенсац|деньг)|"
     r"(?: \S+){0,3}? (?:на |в )?(?:отмен|скасув|отправ|доставл))", "refused"),
    # a dispute page pasted: «Статус спора: «Ожидание ответа продавца»»: open
    (r"\b(?:статус|состояние) (?:спора|диспута) (?:ожидание|ожидает|ждет|ждём|ждем) "
     r"(?:ответа|реакции|решения) продавц", "opened"),
)
"""Russian dispute rows read before the row that leaves an unplaced stage unsaid."""

# -- the payment: the buyer's card or wallet named beside the refund --------------------------

_CHANNEL_EN = (r"(?<!not )(?<!didnt )(?<!never )(?:will |ll |can |would |could |wants to |"
               r"promis\w* to |offer\w* to )?(?:refund|pay|return|send|give|transfer)\w*(?: me| "
               r"you| it| the money| money| back| first)*(?: (?!i\b|we\b|my\b)\S+){0,2}? (?:on|via|"
               r"by|through|to|into|with) (?!my\b|our\b)(?:a |the |his |her |their )?(?:\S+ )?"
               r"(?:mpesa|m pesa|paypal|bank transfer|transfer|western union|"
               r"card|wallet|qiwi|skrill|webmoney|yoomoney|wise|revolut|kaspi|click|payme|crypto|"
               r"usdt)\b")
"""The seller giving or sending money by a channel not called the buyer's."""

PAYMENT_EN_FIRST: Rows = (
    # the seller's channel for money he promises or asks ("close it and he will refund me on
    # mpesa direct", "close it first and they pay by bank transfer"): not how the buyer paid
    # (README: a channel the seller proposes is no payment fact); never the buyer's own "my"
    (r"\b(?:seller|store|shop|he|she|they)\b(?: (?!i\b|we\b)\S+){0,6}? " + _CHANNEL_EN
     + r"(?=.*\b(?:close|cancel|withdraw|drop|direct\w*|outside)\b)|\b(?:close|cancel|withdraw|"
     r"drop)\w*(?: \S+){0,8}? (?:seller|store|shop|he|she|they)\b(?: \S+){0,2}? "
     + _CHANNEL_EN, MASK),
)
"""English payment rows read first."""

PAYMENT_EN: Rows = (
    # the refund sent to the buyer's wallet ("refund went to my wallet app", "money back to my
    # e-wallet"); never a leather wallet lost ("lost my wallet with the card in it")
    (r"^(?!.*\b(?:lost|stolen|left|forgot)\w* (?:my |the )?wallet\b)(?:.*\s)?(?:refund\w*|money|"
     r"paid|payment|sent|went|back|credited|returned)(?: \S+){0,5}? (?:to|into|on|in) (?:my |"
     r"the )?(?:e ?wallet|digital wallet|mobile wallet|wallet app|mobile money wallet|wallet)"
     r"\b", "wallet"),
)
"""English payment rows, read last."""

PAYMENT_RU_FIRST: Rows = (
    # the seller's channel for money he asks or promises («просит ещё 25 000 сум через Click»,
    # «доплачиваю 1500 тенге на kaspi, либо он отменяет», «деньги отдадим на карту», «вернём
    # 700 рублей на карту через сбер»): not how the buyer paid
    (r"\b(?:просит|просят|требует|требуют|хочет|хотят|предлагает|предлагают)\w*(?: (?!а\b|но\b|"
     r"я\b|мне\b)\S+){0,6}? (?:через|на) (?!мою|мой|свою|свой|нашу)(?:\S+ )?(?:click|клик|"
     r"payme|пейми|kaspi|каспи|карт\w*|киви|qiwi|сбер\w*|вебмани|webmoney|юмани|тинькофф|тиньк\w*)\b|\b(?:вернем|вернём|отдадим|переведем|"
     r"переведём|скинем|верну|отдам|переведу|скину)(?: \S+){0,4}? (?:на|через) (?:\S+ )?"
     r"(?:карт\w*|киви|qiwi|сбер\w*|вебмани|webmoney|юмани|kaspi|каспи|click|клик)\w*"
     r"(?: через \S+)?|\b(?:доплач\w*|доплатить|доплати)(?: \S+){0,4}? (?:на|через) "
     r"(?:\S+ )?(?:kaspi|каспи|click|клик|payme|карт\w*|киви|qiwi|сбер\w*)\w*", MASK),
)
"""Russian payment rows read first."""

PAYMENT_RU: Rows = (
    # the buyer's card said to expire or be blocked («моя карта истекает в следующем месяце»,
    # «карту заблокировали из-за подозрительной операции») is the card paid with (FACTS.md
    # "Cards closed or reissued": `card` only); never a question of what if, nor another's card
    (r"^(?!.*\b(?:если|вдруг|продавц\w* карт|карт\w* продавц))(?:.*\s)?(?:(?:моя|мою|мне|у меня) "
     r"(?:\w+ )?)?(?:карт|картк)\w*(?: \w+){0,2}? (?:истекает|истечет|заканчивается|кончается|"
     r"закончится|кончится)\b|^(?!.*\b(?:если|вдруг|продавц))(?:.*\s)?(?:мне |у меня )?"
     r"(?:карту|картку) (?:мне )?(?:заблокировали|заблокирова\w*|блокнули)\b|"
     r"(?:моя |мою )?(?:карт|картк)\w* (?:заблокирована|заблокировали)\b", "card"),
    # a refund line naming a card's scheme and its digits («Возврат на: МИР •••• 5521»)
    (r"\b(?:возврат\w*|вернули|вернут|зачисл\w*) (?:\w+ )?на (?:карту |картку )?(?:мир|visa|"
     r"виза|визу|mastercard|мастеркард|maestro|маэстро)\b(?: \w+)? ?\d{4}\b", "card"),
    # money taken from a wallet («1890 ₽ списали с ЮMoney»)
    (r"\b(?:списали|списалось|списались|ушли|оплатил\w*|платил\w*) (?:\w+ )?(?:с|со|через) "
     r"(?:юmoney|юмоnеу|юмани|юmani|yoomoney|ю money|ю мани|киви|qiwi|вебмани|webmoney|кошелька|"
     r"яндекс денег)\b", "wallet"),
)
"""Russian payment rows, read last."""

# -- the order's status ---------------------------------------------------------------------

STATUS_RU: Rows = (
    # the order confirmed by itself («заказ сам подтвердился», «получение автоматически
    # подтвердилось»): completed; never the payment confirmed («оплата подтвердилась») nor the
    # seller confirming the order
    (r"\b(?:заказ|получение|доставка)\w* (?:\w+ )?(?:сам|само|сама|автоматически|автоматом|"
     r"по таймеру) (?:\w+ )?(?:подтвердил(?:ся|ось|ась)|закрыл(?:ся|ось|ась)|завершил(?:ся|ось|"
     r"ась))|\b(?:сам|само|сама|автоматически|автоматом) (?:\w+ )?(?:подтвердил(?:ся|ось|ась)|"
     r"завершил(?:ся|ось|ась)) (?:заказ|получение)", "completed"),
)
"""Russian order status rows, read last."""
