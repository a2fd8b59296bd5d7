"""An order told as the list of its things (twenty-seventh pass G): rows for `several_items`.

Two or more DISTINCT goods (`goods_nouns`) listed right after the buyer's ordering or the order
("ordered a tent, 2 sleeping mats and a lantern", "my order (a kettle, 2 mugs and a strainer)",
«в заказе приставка, пульт и кабель», «купила рюкзак и пенал»). The text is normalised, so the
commas are gone: an item after the first starts with "and"/"plus" («и», «плюс», «а также»), or (in
English) with "a"/"an"/a count. Look-alikes, silent: a product and its parts ("a lamp with a
cable", "a watch and its strap"), a set of N ("a set of cups and saucers"), things in separate
orders, the same thing twice, another thing come ("ordered a lamp, a fan came instead"), a card
or a wallet paid with. Read last in `several_items`, so every older look-alike is blanked first.
"""

from __future__ import annotations

from flows.understanding.goods_nouns import GOODS_EN, GOODS_RU, NAMES_EN, STEMS_RU

_SEPARATE_EN = (r"^(?!.*\b(?:separate|separately|different|two|three|four|[2-9]|several|multiple|"
                r"other) (?:orders|sellers|stores|shops)\b)(?!.*\bseparate orders?\b)")
"""No list is one order's when the message tells several orders or sellers."""
_CUE_EN = (r"\b(?:ordered|ordred|orderd|oredered|bought|baught|purchased|paid for|order(?:ed)? (?:"
           r"with|of|had|has|contained|"
           r"containing|included|includes)|(?:my|the|one|this|our|his|her) order(?: is| was| has| "
           r"had)?|in (?:my|the|one|this|our|a single) order)")
"""The buyer's ordering, or the order named, just before the list."""
_FILL_EN = (r"(?: (?!(?:set|sets|kit|kits|pack|packs|bundle|lot|of|with|for|and|but|it|them|"
            r"instead|got|came|arrived|sent|received)\b)[a-z0-9]+){0,4}?")
"""A few words between (a date, "on the 2nd", "for my truck"); never a set's or a part's word."""
_STOP_EN = (r"(?!(?:of|for|with|from|in|on|at|to|and|or|but|plus|is|are|was|were|it|its|their|"
            r"my|the|a|an|that|this|which|who|came|arrived|got|never|not|did|had|has|have|i|we|he|"
            r"she|they|me|instead|only|then|so|set|kit|pack|one|ones|other|another|same)\b)")
_MOD_EN = r"(?:" + _STOP_EN + r"[a-z0-9]+ ){0,2}?"
"""Up to two words before an item's noun ("sleeping", "usb c", "matching lid")."""
_COUNT_EN = (r"(?:(?:a|an|\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|twelve)"
             r"(?: pairs? of| packs? of| rolls? of)?)")
_DET_EN = r"(?:" + _COUNT_EN + r"|the|some|my|extra|spare)"
_ITEM_END_EN = r"(?:s|es)?\b"
_NOT_COME_AFTER_EN = (r"(?! (?:[a-z]+ )?(?:came|come|arrived|was sent|were sent|showed up|"
                      r"instead|never|did not|didn t|does not|doesn t|is missing|are missing|was "
                      r"missing|were missing|missing|not included|is broken|was broken|broke|is "
                      r"dead|stopped|that came|of|on it|of it|on them)\b)")
"""The last thing listed is no thing come instead of, or missing from, another."""

SEVERAL_EN: tuple[tuple[str, str | None], ...] = (
    # "ordered a tent, 2 sleeping mats and a lantern", "my order (a kettle, 2 mugs and a tea
    # strainer)", "bought a phone case plus a screen protector", "order with a router and a cable"
    (_SEPARATE_EN + r".*?" + _CUE_EN + _FILL_EN + r" (?:" + _DET_EN + r" )?" + _MOD_EN
     + r"(?P<ga>" + NAMES_EN + r")" + _ITEM_END_EN
     + r"(?: (?:(?:and|plus) (?:" + _DET_EN + r" )?|" + _COUNT_EN + r" )" + _MOD_EN + GOODS_EN
     + r"\b)*? (?:(?:and|plus|also) (?:" + _DET_EN + r" )?|" + _COUNT_EN + r" )" + _MOD_EN
     + r"(?!(?P=ga)(?:s|es)?\b)" + GOODS_EN + r"\b" + _NOT_COME_AFTER_EN, "yes"),
)
"""The English `several_items` rows of this pass, read after the older rows."""

_SEPARATE_RU = (r"^(?!.*\b(?:разны\w*|отдельны\w*|дв\w*|тр\w*|четыр\w*|[2-9]|нескольк\w*) "
                r"(?:заказ\w*|продав\w*|магазин\w*)\b)(?!.*\bотдельн\w* заказ)")
_CUE_RU = (r"\b(?:заказ\w*(?<!заказов)(?<!заказы)(?<!заказах)(?<!заказам)|купил\w*|"
           r"покупал\w*|оплатил\w*|взял\w*|брал\w*|замовил\w*|замовлення)")
"""The buyer's ordering, or the order named («в заказе», «мой заказ»), just before the list."""
_FILL_RU = (r"(?: (?!(?:набор|комплект|упаковк|пачк|пришл|прислал|получил|статус)\w*\b)(?!(?:лот|и"
            r"з|"
            r"с|со|для|к|и|а|но|он|она|оно|они|его|ее|её|их|вместо|пришел|пришёл|в)\b)"
            r"[а-яёa-z0-9-]+){0,3}?")
"""A few words between (a date, «на рыбалку»); never a set's or a part's word."""
_STOP_RU = (r"(?!(?:и|а|но|с|со|для|из|в|во|на|к|по|от|за|у|о|об|не|ни|уже|ещ[её]|это|что|"
            r"котор\w*|пришл\w*|пришел|пришёл|прислал\w*|получил\w*|вместо|был\w*|его|е[её]|их|"
            r"набор\w*|комплект\w*|один|одна|одно|одну|другой|другая|другую|второй|вторая|такой|"
            r"такая|тот|та)\b)")
_MOD_RU = r"(?:" + _STOP_RU + r"[а-яёa-z0-9-]+ ){0,2}?"
_COUNT_RU = (r"(?:\d{1,3}|дв[аеу]\w*|тр[иеё]\w*|четыр\w*|пят\w*|шест\w*|пар[ауы]|нескольк\w*|"
             r"ещ[её])")
_NOT_COME_AFTER_RU = (r"(?! (?:[а-яё]+ )?(?:у (?:него|не[её]|них)|вместо|из него|из не[её]|к нему|"
                      r"к ней|для него|для не[её]))")
"""The last thing listed is no part of another («стекло у них»), nor come instead of it."""
SEVERAL_RU: tuple[tuple[str, str | None], ...] = (
    # «в заказе тв-приставка, пульт и кабель», «купила рюкзак, пенал и 3 тетради», «заказ
    # (коляска и дождевик)», «оплатила швейную машинку и нитки»
    (_SEPARATE_RU + r".*?" + _CUE_RU + _FILL_RU + r" (?:" + _COUNT_RU + r" )?" + _MOD_RU
     + r"(?P<ra>" + STEMS_RU + r")[а-яё]*"
     + r"(?: (?:" + _COUNT_RU + r" )?" + _MOD_RU + GOODS_RU + r")*? (?:и|плюс|а также|і|ды) "
     r"(?:" + _COUNT_RU + r" )?" + _MOD_RU + r"(?!(?P=ra))" + GOODS_RU + r"\b" + _NOT_COME_AFTER_RU,
     "yes"),
)
"""The Russian `several_items` rows of this pass, read after the older rows."""

_BOTH_EN = (r"(?!.*\b(?:both|all|neither|none|nothing|all (?:the |my )?(?:parcels|packages|boxes|"
            r"items|things))\b(?: (?:of )?(?:the |my |them |it )?(?:parcels?|packages?|boxes|"
            r"parts?|items|things|of them))?(?: (?:have|has|had))? (?:came|come|arrived|got here|"
            r"are here|is here|were delivered|delivered|stuck|are stuck|are at|is at|sitting|still|"
            r"not|never)\b)")
"""No part away when all came, or none did ("both parcels arrived", "neither has come")."""
_SPLIT_EN = (r"(?=.*\b(?:split|(?:two|three|2|3|several|multiple|separate|different) (?:parcels|"
             r"packages|boxes|shipments|deliveries)|(?:parcel|package|box|shipment) (?:a|b|1|2|"
             r"one|two)\b|(?:first|second|1st|2nd|other) (?:parcel|package|box|shipment|part)|"
             r"(?:one|the) (?:parcel|package|box) with)\b)")
"""The order told as sent in parts ("split shipping", "one order, two parcels", "parcel B")."""
_CAME_EN = (r"(?=.*(?<!\bnot )(?<!\bnever )(?<!\bhas not )(?<!\bhave not )\b(?:arrived|came|delive"
            r"red|got here|is here|are here|received|picked up|"
            r"collected|showed up|turned up|got the (?:first|1st|one))\b)")
_AWAY_EN = (r"(?=.*\b(?:stuck|sitting|sat|held|last scan|no (?:update|updates|movement|news|scan)|"
            r"(?:has|have|had) not (?:moved|budged|updated|arrived|come|changed)|hasn t moved|"
            r"not moved|(?:shows?|shown|showing) nothing|nothing since|is at (?:my|the|a)|are at "
            r"(?:my|the|a)|in transit|on (?:its|their|the) way|still (?:moving|coming|travell?ing|"
            r"at|in|on|away|not)|not (?:yet )?(?:arrived|come|here)|at customs|at (?:the |my )?"
            r"(?:local )?(?:post office|depot|sorting|hub|paczkomat|pickup point))\b)")
"""A part of the order still away: stuck, sitting, its last scan days ago, still moving."""

_WHOLE_AWAY_EN = (r"(?!.*\b(?:the |my )?tracking (?:is |says |shows |was )?(?:still )?(?:at|in|"
                  r"stuck|sitting|on)\b)")
"""The tracking still away may be the whole order's: no part told away."""

ITEMS_SPLIT_EN: tuple[tuple[str, str], ...] = (
    # the order sent in parts, one come and another still away, in any order and at any
    # distance ("split into two parcels. the first, with the lamp, came; the second has sat at
    # the depot for a week", "one order, two parcels: the mouse came, the keyboard is at my post
    # office", "parcel B with the fan: last scan 9 days ago"); both or none come stays silent
    (r"^" + _BOTH_EN + _WHOLE_AWAY_EN + _SPLIT_EN + _CAME_EN + _AWAY_EN, "yes"),
)
"""The English `items_missing` rows of this pass: a split order told as a story."""

_BOTH_RU = (r"(?!.*\b(?:обе|оба|все|ни одна|ни одной|ничего)\b(?: (?:посылк|част|коробк|вещ|"
            r"товар)\w*)?(?: (?:уже|так и|ещ[её]|до сих пор))? (?:пришл\w*|приш[её]л|доехал\w*|"
            r"дошл\w*|получил\w*|не пришл\w*|стоят|висят|лежат|ед[уе]т|в пути|застрял\w*|на "
            r"таможне))")
_SPLIT_RU_ALL = (r"(?=.*(?:\bраздел(?:ил|ен|ён)\w*|\bразбил\w* (?:\w+ )?на|\b(?:двумя|тремя|нескол"
                 r"ькими|"
                 r"разными|2|3) (?:посылк|коробк|отправлени)\w*|\bчастями|\bпо частям|\b(?:две|"
                 r"три|2|3|несколько) (?:посылк|коробк|отправлени)\w*|\bотдельн\w* (?:посылк|"
                 r"коробк)\w*|\b(?:перв|втор)\w* (?:посылк|част|коробк)\w*|\b(?:замовленн|замов)\w"
                 r"* (?:двома|двума) (?:посилк)\w*))")
_CAME_RU = (r"(?=.*(?<!\bне )(?<!\bни )\b(?:пришл\w*|приш[её]л|получил\w*|забрал\w*|доехал\w*|дошл"
            r"\w*|приехал\w*|"
            r"вручен\w*|прийшл\w*|прийшов)\b)")
_AWAY_RU = (r"(?=.*\b(?:стоит|стоят|лежит|лежат|ед[уе]т|в пути|застрял\w*|висит|висят|без "
            r"(?:обновлен|движени)\w*|молчит|ни с места|не двига\w*|не обновля\w*|ничего нет|"
            r"нет движени\w*|на таможне|в отделении|на почте|в сортировк\w*|последн\w* (?:движени|"
            r"обновлени|статус|отметк)\w*|жду|ждем|ждём|не пришл\w*|не приш[её]л|не дошл\w*|так и "
            r"не (?:пришл|приш|дошл|доехал)\w*)\b)")

ITEMS_SPLIT_RU: tuple[tuple[str, str], ...] = (
    # the order sent in parts, one come and another still away («заказ пришёл частями: лампа
    # давно, вторая часть с абажуром стоит», «пришло двумя посылками, в первой нитки, вторая на
    # таможне»); both or none come stays silent («обе посылки пришли», «обе стоят»)
    (r"^" + _BOTH_RU + _SPLIT_RU_ALL + _CAME_RU + _AWAY_RU, "yes"),
)
"""The Russian `items_missing` rows of this pass: a split order told as a story."""
