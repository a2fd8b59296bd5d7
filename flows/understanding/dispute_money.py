"""Twenty-fifth pass C: the dispute, its days and the money's way back, as rows.

Rows in the format of `flows.understanding.facts_en` / `facts_ru` (a pattern over normalised
text and the value it gives; `MASK` blanks what it matches, None says nothing), kept here so the
language tables only name them. Each group reads one kind of saying the older rows missed, with
its look-alikes first.
"""

from __future__ import annotations

MASK = ""
"""A row value that blanks out what it matches and lets the next rows read the rest."""

Rows = tuple[tuple[str, str | None], ...]

# -- English: the dispute's stage ------------------------------------------------------------

_NO_DISPUTE_WORD_EN = r"^(?!.*\b(?:dispute|disputed|claim|complaint|case|escalat\w*)\b)"
"""The message names no dispute: a seller's reward is then where the buyer's claim stands."""
_REWARD_EN = (r"(?:coupons?|vouchers?|promo ?codes?|cash ?back|refund|(?:the |my |some |part of "
              r"the )?money(?: back)?|\$ ?\d\S*|£ ?\d\S*|€ ?\d\S*|\d[\d.,]* ?(?:\$|£|€|usd|eur|"
              r"gbp|dollars?|bucks|euros?|pounds?)\b)")
"""What a seller gives for a deed of the buyer's: a coupon or money (never a "bonus", a
"discount" or a "gift", which the sets leave unread)."""
_DEED_EN = (r"(?:(?:confirm\w*|press\w*|click\w*|mark\w*|tap\w*)(?: \w+){0,3}? (?:receipt|"
            r"receiv\w*|reciev\w*|delivery|delivered|got it)|(?:leav\w*|giv\w*|writ\w*|post\w*|"
            r"put\w*|rat\w*|chang\w*)(?: \w+){0,3}? (?:review|stars?|feedback|rating)|"
            r"(?:5|five)[ -]?stars?(?: review| rating| feedback)?|(?:good|positive) (?:review|"
            r"feedback))")
"""What the seller wants for it: receipt confirmed early, or a good review."""
_GIVES_EN = (r"(?<!not )(?<!never )\b(?:offer\w*|promis\w*|give|gives|giving|send|sends|sending|"
             r"add|adds|pay|pays|refund|refunds|return|returns|transfer\w*|credit\w*|(?:i|you|we) "
             r"(?:will |ll )?(?:get|receive)|and get|get)")
"""The seller giving or promising it (or the buyer told they will get it)."""

_NOT_CLOSED_EN = (r"^(?!.*\b(?:close|cancel|withdraw|drop|closing|cancelling|withdrawing) "
                  r"(?:(?:the |my |this |a |your )?(?:\S+ )?(?:dispute|claim|complaint|case)\b|"
                  r"it\b))"
                  r"(?!.*\b(?:i|we) (?:\w+ )?(?:closed|cancell?ed|withdrew|withdrawn|dropped)\b)"
                  r"(?!.*\b(?:no|please no|not any) (?:dispute|claim|complaint)\b)"
                  r"(?!.*\b(?:not|never) (?:opened|open|filed|started)\b)"
                  r"(?!.*\b(?:declin|refus|reject|denied)\w*)")
"""Neither a plea to close the dispute (`opened`), the buyer's own closing (`closed_by_me`), none
opened (`none`) nor a refusal (`refused`): what the older rows place."""

DISPUTE_EN_FIRST: Rows = (
    # a decision only imagined ("what would happen if aliexpress decides for the seller?", "if
    # they rule in my favour, ...") is no stage
    (r"\b(?:what (?:would |will )?happens?|what if|if|in case|suppose|once|whether)\b(?: \S+){0,4}?"
     r" (?:decides?|rules?|sides?|closes?|finds?|judges?|goes)(?: \S+){0,3}? (?:for|with|against|"
     r"in|on) (?:the |my |his |her |their )?(?:seller|store|shop|me|favou?r|side)\w*\b", MASK),
    # a coupon AliExpress throws in with a refund or gives for the trouble ("refund approved and
    # they threw in a 10% coupon", "ali gave me a coupon"): no offer of the seller's
    (r"\b(?:they|aliexpress|ali|support) (?:also |then |even )?(?:threw|tossed|added) in "
     r"(?:a |an )?(?:\S+ ){0,3}?(?:coupon|voucher)s?\b|\b(?:coupon|voucher)s? (?:was |were |got )?"
     r"(?:thrown|tossed) in\b|\b(?:aliexpress|ali|support)(?: \S+){0,2}? (?:gave|gives|sent|added|"
     r"credited)(?: me| us)? (?:a |an )?(?:\S+ ){0,2}?(?:coupon|voucher)s?\b", MASK),
    # the platform deciding "in his favour" (the seller's): lost, also after an offer told
    # earlier ("he offered a coupon, i said no, then aliexpress decided in his favour")
    (r"\b(?:aliexpress|ali|ae|support|arbitration|the platform|admins?)\b(?: \w+){0,3}? "
     r"(?:decided|ruled|closed|resolved|found|went|sided)(?: \w+){0,2}? (?:in|for|with) "
     r"(?:his|her|their|him|them)(?: favou?r)?\b", "lost"),
    # the seller's reward offered on condition that no dispute is opened: none ("dont open a
    # dispute, we give you a coupon"; rule "Decided 2026-12-06")
    (r"^(?!.*\b(?:opened|filed|started|raised) (?:a |the |my )?(?:dispute|claim)\b)(?=.*\b(?:do "
     r"not|dont|don t|please not|not to|no need to) (?:open|file|start|make) (?:a |the |any )?"
     r"(?:dispute|claim|one)\b)(?=.*(?:coupon|voucher|refund|money|\$|£|€|new one|resend|"
     r"replacement))", "none"),
    # the seller's coupon or money for confirming receipt early or for five stars, with no word
    # about a dispute: an offer (rule 3 "Decided 2026-12-07", Label audit 24 rule 5); "so he
    # gets his money faster" and a "bonus" are no reward to the buyer
    (_NO_DISPUTE_WORD_EN + r"(?=.*\b(?:seller|store|shop|he|she|they|seller s)\b)(?:.*?"
     + _GIVES_EN + r"(?: \S+){0,5}? " + _REWARD_EN + r"(?: \S+){0,8}? " + _DEED_EN + "|.*?"
     + _DEED_EN + r"(?: \S+){0,8}? " + _GIVES_EN + r"(?: \S+){0,5}? " + _REWARD_EN
     + r"|.*?\b(?:ask\w*|want\w*) (?:me |us )?(?:to |for )?(?:\S+ ){0,2}?" + _DEED_EN
     + r" (?:before|then|and then) (?:they|he|she|the seller) (?:will |ll )?(?:refund|pay|"
     r"return)\w*)", "offer"),
    # the seller's new one promised in his words ("he says he'll send a new one if i wait"):
    # an offer, unless for closing the dispute or a later stage is told
    (_NOT_CLOSED_EN + r"(?!.*\b(?:escalat\w*|won|lost|refused|rejected|declined|favou?r)\b)"
     r".*\b(?:seller|store|shop|he|she|they)(?: \w+){0,2} (?:says?|said|writes?|wrote|promis\w*|"
     r"told me)(?: that)? (?:he|she|they|it|we|i) (?:will|ll|would|can|could) (?:send|resend|ship|"
     r"post|mail)(?: me| us| you)? (?:a |an |the )?(?:new|another|replacement|second|fresh)\b",
     "offer"),
    # the buyer's own dispute closed by a press of the button or by someone at their phone ("i
    # accidentally pressed cancel dispute", "my son closed my dispute by mistake")
    (r"\b(?:pressed|hit|clicked|tapped|pushed|chose|selected) (?:on )?(?:the )?(?:button )?"
     r"(?:cancel|close|withdraw) (?:the |my )?(?:dispute|claim)\b|\b(?:son|daughter|kid|child|"
     r"grandson|granddaughter|grandchild|wife|husband|partner)\w* (?:accidentally |mistakenly |"
     r"just )?(?:closed|cancell?ed|withdrew) (?:my|our) (?:dispute|claim)\b", "closed_by_me"),
    # lost told bare at the start ("dispute lost, order now completed", "lost on aliexpress")
    (r"^(?:my |the )?(?:dispute|claim|case) (?:is |was |got |has been )?lost\b|^(?:i |we )?lost "
     r"(?:it |the dispute |my dispute |the claim |the case )?(?:on|at|with|in) (?:aliexpress|ali|"
     r"ae)\b", "lost"),
    # the seller's words quoted in his English ("we send you new one or coupon", "we can give you
    # 50% refund", "you keep it and we pay back 6 dollar"): an offer
    (_NOT_CLOSED_EN + r"(?!.*\b(?:do not|dont|not) (?:open|file|start)\b)(?!.*\b(?:escalat\w*|"
     r"won|lost|favou?r)\b).*\bwe (?:can |will |could |ll |would )?(?:send|give|pay|refund|return|"
     r"offer|make)(?: you)?(?: back)? (?:a |an |the )?(?:new|another|coupon|voucher|refund|"
     r"partial|half|money|compensation|\d|\$|£|€)", "offer"),
    # the seller's coupon given or promised with no dispute named ("seller cancelled and i got a
    # $3 coupon instead of my money", "offers a coupon for my next order"): an offer (rule 3)
    (_NOT_CLOSED_EN + r"(?!.*\b(?:disput\w*|claim|complaint|case|escalat\w*)\b)"
     r"(?=.*\b(?:seller|store|shop)\b)(?!.*\b(?:aliexpress|ali|support)\b)"
     # (an offer taken back is none made; a relative's seller is not the buyer's)
     r"(?!.*\b(?:changed (?:his|her|their) minds?|took (?:it|the offer) back|sister|brother|"
     r"friend|mom|mum|mother|dad|father|wife|husband|neighbou?r|cousin|colleague)\w*\b)"
     r".*?(?:\b(?:seller|store|shop|he|she|they)\b(?: \S+){0,6}? (?:gave|gives|sent|sends|"
     r"offer\w*|promis\w*|added|adds)(?: me| us)? (?:a |an )?(?:\S+ ){0,2}?(?:coupon|voucher)s?\b|"
     r"\b(?:i|we) got (?:a |an )?(?:\S+ ){0,2}?(?:coupon|voucher) instead\b)", "offer"),
    # the missing part sent on its own ("offers to post the poles separately"): an offer
    (_NOT_CLOSED_EN + r".*\b(?:seller|store|shop|he|she|they)(?: \w+){0,2} (?:offer\w*|"
     r"propos\w*|suggest\w*|promis\w*) to (?:send|post|ship|mail|resend)(?: me| us)? (?:the |a |"
     r"an )?(?:missing )?(?:\S+ ){0,2}?(?:separately|on its own|in another parcel)\b", "offer"),
)
"""Twenty-fifth pass C, English: stages the older rows miss or read another way."""

# -- Russian: the dispute's stage ------------------------------------------------------------

_NO_DISPUTE_WORD_RU = (r"^(?!.*(?:спор|диспут|претензи|жалоб|обращени|арбитраж|эскал|обостр|"
                       r"dispute|claim))")
"""The message names no dispute."""
_REWARD_RU = (r"(?:купон\w*|промокод\w*|кэшбэк\w*|кешбэк\w*|кэшбек\w*|кешбек\w*|деньг\w*|"
              r"\d[\d ]*(?:₽|р\b|руб\w*|\$|долл\w*|грн|тенге|₸|евро|€)|(?:часть|половин\w*) "
              r"(?:денег|суммы|стоимости))")
"""A coupon or money (never a «бонус» or a «скидка», which the sets leave unread)."""
_DEED_RU = (r"(?:(?:подтверд|подтверж|нажм|нажат|нажал|жмакн)\w*(?: \S+){0,3}? «?(?:подтвердить "
            r")?(?:получени|доставк)\w*|(?:отзыв|оценк)\w*|\b(?:5|пять) (?:звезд|звёзд)\w*)")
"""Receipt confirmed early or a review."""
_GIVES_RU = (r"(?<!не )\b(?:обеща\w*|предлага\w*|предложил\w*|дад\w*|дам|даст|дает|даёт|пришл\w*|"
             r"вышл\w*|скин\w*|верн\w*|переве\w*|начисл\w*|получите|получишь|получу|кин\w*)")
"""The seller giving or promising it."""

DISPUTE_RU_FIRST: Rows = (
    # a coupon for the late delivery or the trouble given impersonally, or one AliExpress adds
    # («компенсацию за опоздание дали купоном», «али накинули купон за неудобства»): no offer
    (r"\bкомпенсаци\w* за (?:опоздани|задержк|неудобств|долг\w* доставк)\w*(?: \S+){0,2}? "
     r"(?:дали|выдали|начислили|прислали)(?: \S+)? купон\w*|\b(?:дали|выдали|начислили|прислали) "
     r"(?:\S+ )?купон\w* за (?:опоздани|задержк|неудобств)\w*|\b(?:али|алик|алиэкспресс|aliexpress|"
     r"поддержк\w*)(?: (?:мне|нам|ещ[её]|сразу|тоже|в|утешение|качестве|извинение|ещё и))*"
     r" (?:накинул|дал|начислил|прислал|выдал|добавил)\w*(?: \S+){0,2}? "
     r"купон\w*", MASK),
    # a decision only imagined («если решат в мою пользу, как вернут?») is no stage
    (r"\b(?:если|вдруг|а если|когда|в случае)(?: \S+){0,3}? (?:решат|решит|закроют|закроет|"
     r"отклонят|отклонит|встанут|встанет)(?: \S+){0,3}? (?:в (?:мою|его|их|нашу) пользу|в пользу "
     r"\w+|на (?:мою|его|их) сторону|на сторону \w+|против меня)", MASK),
    # the buyer's own «я его не открывал(а)» after the dispute is named: none, also after a
    # question whether to open one
    (r"^(?!.*(?:но|потом|теперь|уже) (?:я )?(?:открыл|открыла|подал|подала))(?:.*\s)?(?:спор|"
     r"диспут)\w*(?: \S+){0,8}? я (?:его|её|ее) (?:ещё |еще |пока |так и |вообще )?не "
     r"(?:открывал|открывала|открыл|открыла|подавал|подавала)\b", "none"),
    # the seller's reward offered on condition that no dispute is opened: none («не открывайте
    # спор, дадим купон»)
    (r"^(?!.*(?:я |уже )(?:открыл|открыла|подал|подала))(?=.*\bне (?:открывайте|открывай|"
     r"открывать|подавайте|подавай|надо открывать) (?:\w+ )?(?:спор|диспут))(?=.*(?:купон|"
     r"промокод|деньг|верн|компенс|\d ?(?:₽|р\b|руб|\$|долл|грн|тенге|евро|€)))", "none"),
    # the seller's coupon or money for confirming receipt early or for five stars, with no word
    # about a dispute: an offer (rule 3 "Decided 2026-12-07", Label audit 24 rule 5)
    (_NO_DISPUTE_WORD_RU + r"(?:.*?" + _GIVES_RU + r"(?: \S+){0,4}? " + _REWARD_RU
     + r"(?: \S+){0,8}? " + _DEED_RU + r"|.*?" + _DEED_RU + r"(?: \S+){0,8}? " + _GIVES_RU
     + r"(?: \S+){0,4}? " + _REWARD_RU + r"|.*?(?:хотят|просят|просит|хочет)(?: \S+){0,3}? "
     + _DEED_RU + r"(?: \S+){0,3}? (?:тогда|потом|и) (?:вернут|вернет|вернёт|вернем|вернём) "
     r"деньг)", "offer"),
    # the buyer's own dispute closed by someone at their phone («дружина випадково скасувала мій
    # спір», «сын случайно закрыл мой спор»): closed by the buyer
    (r"\b(?:муж|жена|дружина|чоловік|сын|син|дочь|дочка|донька|внук|внучка|онук|онука)\w* "
     r"(?:\w+ )?(?:отменил|закрыл|скасувал|закрил|відкликал)\w* (?:мой|мою|мій|наш|наш\w*) "
     r"(?:спор|диспут|спір|суперечк)\w*", "closed_by_me"),
    # an appeal rejected, said with «тоже», «снова» between («апелляцию тоже отклонили»): lost
    # (never the seller's appeal, «апелляцию продавца отклонили», which is the buyer's win)
    (r"^(?!.*(?:продав|магазин|селлер)\w* (?:\w+ )?(?:подал|подавал|обжаловал|написал))(?:.*\s)?"
     r"(?<!если )\bапелляци\w*(?: (?!продавц|магазин|селлер)\S+){0,4}? (?:тоже |снова |опять |"
     r"также |и )?(?:отклонил|"
     r"отклонен|отказал)\w*", "lost"),
    # the seller's no in slang («селлер рефьюзнул мой диспут»): refused
    (r"(?:продав|магазин|селлер)\w* (?:\w+ )?(?:рефьюзн|рефузн|рефюзн|реджектн|реджекнул|"
     r"реджектил)\w*", "refused"),
    # a dispute opened in Ukrainian («спір відкрила»), no later stage told
    (r"^(?!.*(?:відхил|відмов|пропону|вигра|програ|закрил|скасув|ескал|оскарж|передал))(?:.*\s)?"
     r"(?:(?:спір|суперечку) (?:вже |уже )?(?:відкрила|відкрив|відкрили|відкрито|відкритий)|"
     r"(?:відкрила|відкрив|відкрили) (?:\w+ )?(?:спір|суперечку))\b", "opened"),
    # the seller's plea to close it in his English («продавец: close dispute please»): still open
    (r"^(?!.*(?:обостр|эскал|выиграл|проиграл|закрыл|отменил|отклонил|отказал|сняла|снял|"
     r"отозвал))(?:.*\s)?(?:close|cancel|withdraw|remove) (?:the |my |your |this )?dispute\b",
     "opened"),
    # the seller's English quoted inside a Russian line ("we can give you 50% refund", "you keep
    # it and we pay back 6 dollar"): an offer, unless for closing the dispute or for none opened
    (r"^(?!.*\b(?:close|cancel) (?:the |my |this )?dispute\b)(?!.*\b(?:do not|dont|not) open\b)"
     r".*\bwe (?:can |will |could |ll |would )?(?:send|give|pay|refund|return|offer|make)"
     r"(?: you)?(?: back)? (?:a |an |the )?(?:new|another|coupon|voucher|refund|partial|half|money|"
     r"compensation|\d|\$)", "offer"),
    # the seller's coupon given or promised with no dispute named («продавец отменил заказ и в
    # извинение прислал купон», «дарит купон и просит не отменять»): an offer (rule 3)
    (_NO_DISPUTE_WORD_RU + r"(?!.*(?:\bали\b|алик|алиэкспресс|aliexpress|поддержк|отказ|"
     r"отклон|отверг|передума|при заказе|от \d))(?:.*\s)?"
     r"(?:продав|магазин|селлер)\w*(?: \S+){0,8}? (?<!не )(?:дарит|подарил|прислал|выслал|"
     r"скинул|кинул|дал|дает|даёт|начислил|выдал)\w*(?: \S+){0,2}? (?:купон|промокод)\w*", "offer"),
    # the seller's own first person offer quoted («продавец пишет «переведу 1500, оставьте
    # товар»»): an offer, unless for closing the dispute
    (r"^(?!.*(?:закро|закрыть|отмени|отменить|сними|снять|убери|убрать|отзови|отозвать)\w*)"
     r"(?!.*(?:обостр|эскал|выиграл|проиграл|отказал|отклонил|спора нет|без спора|не открыва\w*|"
     r"не открыл|не подава\w*))"
     r".*(?:продав|магазин|селлер)\w* (?:\w+ )?(?:пишет|написал\w*|пишут|ответил\w*|говорит|"
     r"предлагает)\W* (?:\w+ )?(?:переведу|переведем|переведём|верну|вернем|вернём|компенсирую|"
     r"компенсируем|дам|дадим)\b", "offer"),
)
"""Twenty-fifth pass C, Russian: stages the older rows miss or read another way."""

# -- the payment: where the refund went is not how the buyer paid when they wanted it elsewhere

PAYMENT_EN_FIRST: Rows = (
    # the refund came to the balance or as a coupon, and the buyer wanted it on the card ("the
    # refund landed on my aliexpress balance, i wanted it on my card", "refunded an 11 euro coupon,
    # i want real money back on my card"): neither place says how they paid (fresh19's writer)
    (r"^(?!.*\b(?:paid|payed|pay with|bought with)\b)(?=.*\b(?:refund\w*|put|landed|went|got|"
     r"came|returned|credited|paid out)\b(?: \S+){0,6}? (?:balance|coupon|voucher)\b)"
     r"(?=.*\b(?:i|we) (?:really |only |just )?(?:wanted|want|wish\w*|would like|prefer\w*|"
     r"expected|need)\b(?: \S+){0,5}? (?:on|to|onto|back to|into|back on) (?:my |a |the |our )?"
     r"(?:\w+ )?card\b)", None),
)
"""Twenty-fifth pass C, English: the refund's way that names no payment."""

PAYMENT_RU_FIRST: Rows = (
    # the refund came to the balance, and the buyer wants it on the card («вернули на баланс али,
    # а я хочу на карту»): no method said
    (r"^(?!.*(?:платил|оплачивал|оплатил|оплата|списал))(?=.*(?:баланс|купон))(?=.*(?:хочу|"
     r"хотела|хотел|хотелось|хотим|нужно|надо|лучше бы)(?: \S+){0,4}? на (?:\w+ )?карт)", None),
    # the seller's cashback or money promised to the card for a deed of the buyer's («продавец
    # обещает кэшбэк 300 ₽ на карту, если нажму «Подтвердить получение»»): his channel
    (r"(?:продав|магазин|селлер)\w* (?:\w+ )?(?:обеща|предлага|пишет|готов)\w*(?: \S+){0,5}? на "
     r"(?:\w+ )?(?:карт|киви|qiwi|вебмани|юмани|кошел)\w*", MASK),
)
"""Twenty-fifth pass C, Russian: the refund's way that names no payment."""

# -- the refund's days: rows with `{n}` and `{unit}` as `facts.tables` fills them -------------

_BEFORE_COUNT_EN = (r"(?<!came )(?<!arrived )(?<!shipped )(?<!ordered )(?<!delivered )(?<!paid )"
                    r"(?<!bought )(?<!opened )(?<!escalated )(?<!filed )(?<!sent )(?<!received )")
"""The count is not another event's ("won the dispute, the parcel arrived 3 days ago")."""
REFUND_DAYS_EN: tuple[str, ...] = (
    # the day before yesterday, or yesterday, told after the approval or the cancellation ("the
    # cancellation went through the day before yesterday", "seller cancelled it the day before
    # yesterday", "accepted the cancellation yesterday", "approved the day before yesterday")
    r"(?:\b(?:refund|money|dispute|claim|cancell?ation|order|it|seller|store|shop)\w*"
     r"(?: \S+){0,3}? (?:was |got |has "
    r"been )?|^)(?<!not )(?<!never )(?:approved|accepted|confirmed|granted|cancell?ed|canceld|"
    r"went through|won)(?: (?:it|the|my|our|order|cancell?ation|refund|dispute|claim|request))* "
    r"(?P<n>)(?P<unit>the day before yesterday|yesterday)\b",
    # the win, then what it was about, then the count ("won the dispute about the solar lights
    # 12 working days ago"), never another event's count
    r"(?:^|\b(?:i|we) (?:have )?(?:finally |just )?)(?<!not )won (?:the |my |a |this )?(?:dispute|"
    r"claim|case)\b(?: \S+){0,10}? " + _BEFORE_COUNT_EN + r"(?P<n>{n}) (?P<unit>{unit}) ago\b",
    # "won 3 weeks ago", "cancelled a week ago" opening the message: the approval understood
    r"^(?:i |we |it was |was |got )?(?:won|cancell?ed|canceld) (?:about |like |almost )?"
    r"(?P<n>{n}) (?P<unit>{unit}) ago\b",
    # the day of the wait named by its ordinal ("the 6th working day since the refund was
    # approved")
    r"\bthe (?P<n>\d{1,2})(?:st|nd|rd|th) (?P<unit>{unit}) (?:since|after) (?:the |my )?(?:refund|"
    r"approval|cancell?ation|dispute)\w*(?: (?:was|got|has been) (?:approved|won|accepted|"
    r"confirmed))?\b",
)
"""Twenty-fifth pass C, English: the refund's days the older rows miss."""

REFUND_DAYS_RU: tuple[str, ...] = (
    # yesterday before the seller's cancellation («вчера продавец отменил заказ»)
    r"\b(?P<n>)(?P<unit>вчера|позавчера) (?:продав|магазин|селлер)\w* (?:сам |сама |уже )?"
    r"(?<!не )отменил\w*",
    # the cancellation by the seller counted («заказ отменён продавцом ещё 6 дней назад»)
    r"\bзаказ\w* (?:был |уже )?(?<!не )отмен(?:ен|ён)\w* (?:продавц\w* |магазин\w* |селлер\w* )?"
    r"(?:ещ[её] |уже )?(?P<n>{n})? ?(?P<unit>{unit}) назад",
    # the approval of the refund for a thing counted («одобрили возврат за тонометр неделю
    # назад»)
    r"(?<!не )\b(?:одобрил\w*|одобрен\w*|подтвердил\w*) (?:мне |нам |ей |ему |им )?(?:возврат|"
    r"деньг)\w*(?: (?:за|по) \S+(?: \S+)?)? (?:уже |ещ[её] )?(?P<n>{n})? ?(?P<unit>{unit}) назад",
    # Ukrainian lines: «3 дні як схвалили повернення»
    r"\b(?P<n>{n}) (?P<unit>дні|днів|день) (?:як|відколи|з моменту як) (?:\S+ )?(?:схвалили|"
    r"схвалено|підтвердили)\b",
)
"""Twenty-fifth pass C, Russian: the refund's days the older rows miss."""

_WALLETS_EN = (r"(?:touch ?n ?go|touch and go|tng|g ?cash|m ?pesa|mobile money|momo|pay ?maya|maya|"
               r"grab ?pay|shopee ?pay|dana|ovo|airtel money|mtn money|e ?wallet|ewallet|"
               r"payment wallet|mobile wallet)")
"""E-wallets named by brand or kind (README: QIWI, YooMoney and the like are `wallet`)."""
_BANKS_EN = (r"(?:monzo|revolut|chime|n26|starling|commbank|chase|sparkasse|nubank|capitec|kaspi|"
             r"halyk|monobank|barclays|santander|wells fargo|bank of america|hsbc|natwest|lloyds|"
             r"ing|bbva|itau|bradesco)")
"""Banks whose card buyers name by the bank alone ("paid with monzo")."""
PAYMENT_EN_NAMES: Rows = (
    # a wallet the buyer paid with or the refund goes to ("paid with touch n go", "refund to
    # gcash", "the mobile money service i paid from shut down", "the payment wallet i used")
    (r"^(?!.*\b(?:seller|store|shop|he|she|they|scammer)\b(?: \w+){0,2} (?:wants|asks|asked|"
     r"wanted|demands|demanded|told me)\b)(?:.*?\b(?:paid|payed|pay|paying|bought|used|via|"
     r"through)\b(?: \S+){0,3}? (?:my |the |a )?" + _WALLETS_EN + r"\b|.*?\b(?:refund\w*|money|"
     r"back)(?: \S+){0,2}? (?:to|into|on|in) (?:my |the |a )?" + _WALLETS_EN + r"\b|.*?\b"
     + _WALLETS_EN + r"(?: \w+){0,2}? (?:i|we) (?:paid|payed|used|bought)\b)", "wallet"),
    # a card named by its bank ("paid with monzo", "monzo card", "on my revolut")
    (r"\b(?:paid|payed|pay|paying|bought|used|via|through|with)\b(?: \S+){0,2}? (?:my |a |the )?"
     + _BANKS_EN + r"\b|\b" + _BANKS_EN + r" (?:debit |credit |visa |mastercard )?card\b",
     "card"),
    # PayPal showing the payment as taken ("paypal still shows the payment as completed")
    (r"\bpaypal (?:still |also |now )?(?:shows|says|lists|has) (?:the |my )?(?:payment|charge)\b",
     "paypal"),
    # cash at a shop counter ("paid cash at oxxo", "pagué en efectivo at OXXO")
    (r"\b(?:paid|payed|pagu\w*)\b(?: \S+){0,3}? (?:cash|efectivo|oxxo)\b|\bcash (?:at|in) "
     r"(?:an? )?(?:oxxo|7 ?eleven|convenience store)\b", "other"),
)
"""Twenty-fifth pass C, English: methods named by brand, as buyers abroad name them."""

_CARDS_RU = (r"(?:монобанк|моно|humo|хумо|элкарт|элкарт|белкарт|белкарт|альф|каспи|kaspi|"
             r"т ?банк|тиньк|халв|uzcard|узкард|приват|халык|halyk|джусан|jusan)")
"""Cards named by their bank or brand («платил альфой», «оплатил элкартой»)."""
PAYMENT_RU_NAMES: Rows = (
    # paid with a card named by its bank or brand, either word first («платил я как раз элкартом»,
    # «деньги с humo списаны», «аплочвала белкартай»)
    (r"(?:платил|оплатил|оплачивал|аплоч|аплач|заплатил|списал|списан)\w*(?: \S+){0,3}? "
     r"(?:с |со )?" + _CARDS_RU + r"\w*|\b" + _CARDS_RU + r"\w*(?: \S+){0,2}? (?:платил|оплатил|"
     r"оплачивал|списал|списан|аплоч)\w*", "card"),
    # the refund awaited on a card named by its bank, in Ukrainian («на монобанк досі нічого»)
    (r"\bна (?:монобанк|моно|приват\w*)\w* (?:досі|ще|поки що|поки) (?:нічого|не)\b", "card"),
    # a wallet paid through or refunded to («click orqali to'ladim», «возврат на click»)
    (r"\b(?:click|payme|клик|пейми) orqali\b|\bвозврат\w* (?:\S+ )?на (?:click|payme|клик|пейми)\b",
     "wallet"),
)
"""Twenty-fifth pass C, Russian: methods named by bank or brand."""

# -- the dispute's days: (pattern, days) as `DISPUTE_DAY_WORDS` reads them (-1: the number told)

DISPUTE_DAY_WORDS_EN: tuple[tuple[str, int], ...] = (
    # the dispute's age as its own adjective ("week old dispute", "a 5 day old claim")
    (r"\b(?:a |one )?week old (?:dispute|claim)\b", 7),
    (r"\b(?P<n>\d{1,2})[ -]?days? old (?:dispute|claim)\b", -1),
    # open since the day before yesterday
    (r"\b(?:dispute|claim)\w*(?: \w+){0,2}? (?:open|opened|going|running|pending|active) since "
     r"the day before yesterday\b|\bopened (?:a |the |my )?(?:dispute|claim) the day before "
     r"yesterday\b", 2),
)
"""Twenty-fifth pass C, English: a dispute's age said without "ago" or "for"."""

DISPUTE_DAY_WORDS_RU: tuple[tuple[str, int], ...] = (
    # opened the day before yesterday with the order between («открыла спор по заказу … позавчера»)
    (r"\b(?:открыл|открыла|открыли|подал|подала)\w* (?:спор|диспут)\w*(?: (?:по|на|за|про|о|об|"
     r"заказу|заказ|товару|товар|номер\w*|\S*\d\S*))* позавчера\b", 2),
    # the day since the opening by its number («11-й день с открытия»), in Ukrainian too («минуло
    # 5 днів від відкриття»)
    (r"\b(?P<n>\d{1,2})(?:[- ]?(?:й|ый|ий))? (?:день|дня|дней|днів|дні) (?:с|от|після|від|з) "
     r"(?:момента )?(?:открыти|відкритт)\w*", -1),
    # Ukrainian ordinals («третій день спору», «скасувала мій спір на другий день»)
    (r"\bдругий день\b(?: (?:спору|суперечки))?", 2),
    (r"\bтретій день\b(?: (?:спору|суперечки))?", 3),
    (r"\bчетвертий день (?:спору|суперечки)\b", 4),
    (r"\bп ?ятий день (?:спору|суперечки)\b", 5),
)
"""Twenty-fifth pass C, Russian lines: a dispute's age in the words older rows miss."""
