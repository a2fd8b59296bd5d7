"""The goods read by their kind of saying (twenty-sixth pass A): rows for `problem`,
`items_missing` and `several_items`, each written for a word family or a frame, not a phrase.

A size picked by its number and another come (a shoe, a ring, a label), one of two things of an
order in the size ordered and the other not, a colour picked and another sent, one side of a
thing silent, a thing "nowhere near" its listing, "stainless" that rusts, a named material made of
another; a set sold as one product counted short (its parts, no item of the order); all the
order's items the seller says he sent while fewer came; two things of one order, one absent;
stock the seller has not (no item missing); a status or a coupon "in the order" (no several
items). Read like the rows of `facts_<lang>.FACTS`; `MASK` blanks a look-alike.
"""

from __future__ import annotations

from flows.understanding.items_missing import COUNTS_EN, COUNTS_RU, MASK, fewer

_SIZE_CUE_EN = (r"^(?=.*\b(?:size|sizes|sized|sz|eu|shoes?|sneakers?|trainers?|boots?|sandals?|"
                r"slippers?|heels|loafers|ring|rings|jeans|waist|label|tag)\b)")
"""A message that speaks of a size: a bare number in it may be one."""
_NUM_SIZE = r"(?:[1-9]|[1-5]\d)(?: 5)?"
"""A number a size is told by (a ring's 7, a shoe's 42 or 8.5)."""
_NOT_A_SIZE_AFTER_EN = (r"(?! (?:items?|pcs|pieces?|units?|pairs|things|of|days?|weeks?|months?|"
                        r"hours?|minutes?|years?|dollars?|usd|eur|euros?|bucks|percent|orders?|"
                        r"times|stars?|am|pm|x)\b)(?!%)")
"""A number followed by a count's or a time's word is no size ("got 2 items", "38 days")."""
_SIZE_ENDS_EN = (r"(?=$| (?:but|and|yet|then|so|i|we|they|he|she|the|what|got|received|came|"
                 r"arrived|sent|delivered|label|tag|sticker|box|size|eu|us|uk|shoes|boots|"
                 r"sneakers|trainers|slippers|sandals|heels|jeans|one|pair|[1-5]?\d)\b)")
"""What follows a size picked ("ordered 42, 39 came"): never a noun counted ("ordered 4 rings")."""
_ORDERED_EN = r"(?:ordered|picked|chose|chosen|selected|bought|wanted|asked for|paid for)"
_CAME_EN = (r"(?:got|received|came|arrived|sent(?: me)?|delivered|(?:the )?(?:label|tag|"
            r"sticker|box) (?:says|said|reads|shows|is))")
_LETTER_SIZE = r"(?:xxs|xs|s|m|l|xl|xxl|xxxl|[2-6]xl)"

PROBLEM_EN: tuple[tuple[str, str | None], ...] = (
    # a size picked by its number and another come, either order ("ordered the boots in 41, 43
    # came", "the ring arrived in size 6, i'd picked a 7", "chose 38 but the tag says 36"); a
    # number followed by a count's or a time's word, and the same number twice, stay out
    (_SIZE_CUE_EN + r".*?(?:\b" + _ORDERED_EN + r"\b(?: (?!(?:and|but|got|received)\b)[a-z]+)"
     r"{0,3}? (?:in |size |a |an |eu |us |uk )*(?P<sa>" + _NUM_SIZE + r")\b" + _NOT_A_SIZE_AFTER_EN
     + _SIZE_ENDS_EN + r"(?: (?!(?:and|but|got|received)\b)[a-z]+){0,3}?"
     r"(?: (?:but|and|yet|then|so))?(?: i| we| "
     r"they| he| she| the seller| what)? (?:(?:" + _CAME_EN + r")(?: (?:in|a|an|size|eu|us|uk|"
     r"me|the|was))* (?!(?P=sa)\b)" + _NUM_SIZE + r"\b" + _NOT_A_SIZE_AFTER_EN + r"|(?!(?P=sa)\b)"
     + _NUM_SIZE + r" (?:came|arrived|was sent|were sent|showed up)\b)|"
     r"\b(?:came|arrived|got|received|sent(?: me)?|delivered|(?:label|tag) (?:says|reads|shows|"
     r"is))(?: (?:in|a|an|size|eu|us|uk|me|the))* (?P<sb>" + _NUM_SIZE + r")\b"
     + _NOT_A_SIZE_AFTER_EN + r"(?: [a-z]+){0,3}? (?:but |and |yet |though |while |when )?(?:i|"
     r"we) (?:had |have |d )?" + _ORDERED_EN + r"(?: (?:in|a|an|size|eu|us|uk|the|one))* "
     r"(?!(?P=sb)\b)" + _NUM_SIZE + r"\b" + _NOT_A_SIZE_AFTER_EN + r")", "wrong_size"),
    # one of two things in the size ordered, the other in another ("one is M as ordered, the
    # other came XL", "the first pair is 40 like i ordered, the second is 38")
    (r"\b(?:one|the first)(?: (?!(?:is|was|came|arrived)\b)[a-z]+){0,2}? (?:is |was |came |arrived "
     r")?(?:in )?(?:size )?(?P<sc>" + _LETTER_SIZE + r"|" + _NUM_SIZE + r") (?:as|like) (?:i |we )?"
     r"(?:ordered|picked|chose|wanted)\b(?: \S+){0,3}? (?:the )?(?:other|second|2nd)(?: one| pair)?"
     r" (?:is|was|came|arrived|came in|arrived in|is in|is a|is an)(?: size)? (?!(?P=sc)\b)(?:"
     + _LETTER_SIZE + r"|" + _NUM_SIZE + r")\b", "wrong_size"),
    # a count of the same things got ("ordered 3 cases, got 2. the page says ..."): the count
    # is no thing got, so later rows do not read the next word as another product
    (r"\b(?:got|received|only got|only received) (?:only |just )?(?:\d{1,2}|one|two|three|four|"
     r"five|six)(?= (?:order|page|status|it|its|the|my|dispute|seller|and|but|so|now|of them|out "
     r"of|in total|total|pairs?|pcs|pieces|items|units|packs?)\b|$)", MASK),
    # one side of a thing silent or dead ("left earbud is dead", "the right speaker has no sound",
    # "only one side works"); a side of the box or a seller stays out
    (r"\b(?:left|right|one)(?: side| earbud| earphone| earpiece| ear| bud| speaker| channel| "
     r"headphone| cup| half| side of (?:the )?(?:headphones|earbuds|headset|speaker))s? (?:is |are "
     r"|went |goes |has gone |of it is |just )?(?:silent|dead|mute|muted|quiet|not working|does "
     r"not work|do not work|stopped working|cuts out|cutting out|has no sound|no sound|plays "
     r"nothing|makes no sound|crackles|crackling)\b|"
     r"\bonly (?:one|the left|the right) (?:side|earbud|ear|speaker|channel|cup|half)s? "
     r"(?:works|plays|is working|has sound|makes sound)\b|"
     r"\bno sound (?:from|in|on) (?:the )?(?:left|right|one) (?:side|earbud|ear|speaker|channel|"
     r"cup)\b", "defective"),
    # a thing nowhere near, not even close to, far from what its listing shows ("nowhere near
    # the listing", "not even close to the photos"); a date or a place stays out
    (r"\b(?:nowhere near|not even close to|not anywhere near|far from|nothing close to) (?:what "
     r"(?:is|was|they) )?(?:the |its |their )?(?:listing|listed|description|described|advertised|"
     r"advert|ad|photos?|pictures?|pics?|images?|specs?|specifications?|product page|"
     r"claimed|promised (?:specs?|brightness|power|capacity|quality))\b", "not_as_described"),
    # "stainless" that rusts, either order; any other metal rusting stays out
    (r"\bstainless(?: steel)?\b(?: \S+){0,5}? (?:rusts|rusted|rusting|is rusty|are rusty|went "
     r"rusty|got rusty|has rust|have rust|rust spots|covered in rust)\b|"
     r"\b(?:rusts|rusted|rusting|rusty)\b(?: \S+){0,5}? (?:supposed to be|sold as|listed as|called|"
     r"so called) stainless\b", "not_as_described"),
)
"""The English `problem` rows of this pass, read before the older rows."""

_SIZE_CUE_RU = (r"^(?=.*(?:размер|\bр-р|\bразм|бирк|ярлык|обув|кроссов|туфл|ботин|сапог|\bкед|"
                r"кольц|джинс|тапоч|тапк|сандал|босонож|шл[её]п|мокасин|лофер))")
_ORDERED_RU = r"(?:заказывал|заказал|выбирал|выбрал|брал|взял|покупал|купил|оплачивал|просил)\w*"
_CAME_RU = (r"(?:пришл\w*|пришел|пришёл|прислали|прислал\w*|приехал\w*|получил\w*|отправили|"
            r"выслали|на бирке|на ярлыке|на коробке|по бирке|оказал\w*)")
_NOT_A_SIZE_AFTER_RU = (r"(?! (?:шт|штук\w*|товар\w*|вещ\w*|позиц\w*|пар[аыу]?|дн\w*|день|недел\w*|"
                        r"месяц\w*|час\w*|лет|год\w*|руб\w*|р(?! р\b)|₽|доллар\w*|евро|тенге|грн|"
                        r"заказ\w*|"
                        r"раза?|звезд\w*|из|%)\b)")
_COLOUR_RU = (r"(?:черн|б[еи]л|красн|син|зел[её]н|ж[её]лт|сер|розов|фиолетов|оранжев|коричнев|"
              r"бежев|голуб|бордов|хаки|мятн|бирюзов|сиренев|лилов|золот|серебрист|графитов|"
              r"молочн|кремов|горчичн|оливков|пудров|персиков|салатов|изумрудн|вишн[её]в|малинов|"
              r"бронзов|т[её]мно\w*|светло\w*)")
"""The stems of the colours a variant is picked by."""

PROBLEM_RU: tuple[tuple[str, str | None], ...] = (
    # a size picked by its number and another come, either order («заказывала 38, на бирке 36»,
    # «кроссовки пришли 41 размера, а я брал 43»); counts, days and money stay out
    (_SIZE_CUE_RU + r".*?(?:\b" + _ORDERED_RU + r"(?: (?!(?:а|но|и)\b)[а-я]+){0,3}? (?:в |на |"
     r"размер\w* |р-р )*(?P<sa>" + _NUM_SIZE + r")\b" + _NOT_A_SIZE_AFTER_RU
     + r"(?: размер\w*| р р)?(?: (?!(?:а|но)\b)[а-я]+){0,3}?(?: (?:а|но|и))? " + _CAME_RU
     + r"(?: [а-я]+){0,2}? (?:в |на |"
     r"размер\w* |р-р )*(?!(?P=sa)\b)" + _NUM_SIZE + r"\b" + _NOT_A_SIZE_AFTER_RU + r"|"
     r"\b" + _CAME_RU + r"(?: [а-я]+){0,2}? (?:в |на |размер\w* |р-р )*(?P<sb>" + _NUM_SIZE
     + r")\b" + _NOT_A_SIZE_AFTER_RU + r"(?: размер\w*| р р)?(?: [а-я]+){0,3}? (?:а |но |хотя )?"
     r"(?:я |мы )?"
     + _ORDERED_RU + r"(?: [а-я]+)?? (?:в |на |размер\w* |р-р )*(?!(?P=sb)\b)" + _NUM_SIZE
     + r"\b" + _NOT_A_SIZE_AFTER_RU + r")", "wrong_size"),
    # one of two things in the size ordered, the other in another («одно S как заказывала,
    # второе пришло L», «одна пара 40 как надо, вторая 38»)
    (r"\b(?:одн|перв)\w*(?: [а-я]+)? (?:в |размер\w* )?(?P<sc>" + _LETTER_SIZE + r"|" + _NUM_SIZE
     + r") (?:как|что) (?:и )?(?:заказывал\w*|заказал\w*|выбирал\w*|надо|нужно|просил\w*)\b"
     r"(?: \S+){0,3}? (?:а |но )?(?:втор|друг|остальн)\w*(?: пара)? (?:пришл\w* |пришел |оказал\w* "
     r"|был\w* )?(?:в |размер\w* )?(?!(?P=sc)\b)(?:" + _LETTER_SIZE + r"|" + _NUM_SIZE + r")\b",
     "wrong_size"),
    # the colour picked come: no variant sent, whatever a later row makes of the words
    (r"\b" + _ORDERED_RU + r"(?: [а-я]+)?? (?P<cm>" + _COLOUR_RU + r")\w*(?: цвет\w*)?(?: [а-я]+)"
     r"{0,2}? (?:и |а )?(?:прислали|пришл\w*|пришел|пришёл|приехал\w*|получил\w*)(?: [а-я]+)?? "
     r"(?P=cm)\w*", MASK),
    # a colour picked and another sent («выбирала бежевый цвет, прислали хаки»); the same colour
    # come stays out
    (r"\b" + _ORDERED_RU + r"(?: [а-я]+)?? (?P<cl>" + _COLOUR_RU + r")\w*(?: цвет\w*)?(?: [а-я]+)"
     r"{0,2}? (?:а |но )?(?:прислали|пришл\w*|пришел|пришёл|приехал\w*|получил\w*|отправили|"
     r"выслали|дали)(?: [а-я]+)?? (?!(?P=cl))" + _COLOUR_RU + r"\w*", "wrong_size"),
    # one side of a thing silent («левый наушник не играет», «работает только одна сторона»)
    (r"\b(?:лев|прав|одн)\w* (?:наушник|сторон|канал|динамик|колонк|ух|половин|чашк|капсул)\w*"
     r"(?: \w+)?? (?:не работает|не играет|молчит|не звучит|не слышно|без звука|нет звука|"
     r"хрипит|трещит|не издает|не издаёт)|"
     r"\b(?:работает|играет|звучит|слышно) только (?:одн|лев|прав)\w* (?:наушник|сторон|канал|"
     r"динамик|ух|половин|капсул)\w*|\bнет звука (?:в|с|из) (?:одн|лев|прав)\w*", "defective"),
    # nowhere near the listing («и близко не как на фото», «далеко не то, что в описании»)
    (r"\b(?:и близко не|далеко не|совсем не|вообще не) (?:как |то,? что |то что |похоже на |"
     r"такой,? как |такая,? как |такое,? как |такие,? как )?(?:на |в )?(?:фото|картинк|описани|"
     r"карточк|заявлен|рекламе|видео в карточке)\w*", "not_as_described"),
    # «нержавейка» that rusts, either order
    (r"\bнерж\w*(?: \S+){0,5}? (?:ржавеет|ржавеют|заржавел\w*|поржавел\w*|поржав\w*|поржав|"
     r"покрыл\w* ржавчин\w*|в ржавчин\w*|ржав\w*)|\b(?:ржавеет|ржавеют|заржавел\w*|поржавел\w*)"
     r"(?: \S+){0,4}? нерж\w*", "not_as_described"),
    # a thing named by its material, made of another («кожаный кошелёк из клеёнки», «шерстяной
    # свитер, а по факту акрил»); two things of two materials stay out
    (r"\b(?:кожан|натуральн\w* кож|шерстян|шелков|хлопков|льнян|деревянн|металлическ|стальн|"
     r"серебрян|латунн|медн|керамическ|стеклянн|фарфоров|бамбуков)\w*(?: (?!и\b)[а-я]+){0,2}? "
     r"(?:из|а из|а там|а на деле|а по факту|по факту|на деле|оказал\w*|оказал\w* из) (?:\w+ )?"
     r"(?:кл[её]енк|кожзам|дерматин|пластик|пластмасс|синтетик|полиэстер|акрил|картон|бумаг|фольг|"
     r"жест|мдф|дсп|фанер|силумин|пленк|плёнк|эко-?кож|искусственн)\w*", "not_as_described"),
)
"""The Russian `problem` rows of this pass, read before the older rows."""

_FEWER_CAME_EN = (r"(?: \S+){0,5}? (?:only|just|there were|i got|we got|got|received|it had|the "
                  r"box had|but)(?: only| just)? {M}"
                  r"(?! (?:notifications?|emails?|messages?|updates?|days?|"
                  r"weeks?|hours?|times|texts?|dollars?|usd|replies)\b)")
"""Fewer come after the seller's all: "only 2 were", "i got 3"."""
_TWO_THINGS_EN = (r"(?P<ia>[a-z]{3,}) (?:and|\+|&|plus) (?:a |an |the )?(?:[a-z]+ )?"
                  r"(?P<ib>[a-z]{3,})")
ITEMS_EN: tuple[tuple[str, str], ...] = (
    # stock the seller has not: no item of the order missing
    (r"\b(?:out of stock|not in stock|sold out|no longer in stock|not available)\b", MASK),
    # the seller says all N were sent or in the box, fewer came ("he says all 4 items were in the
    # parcel. only 3 were", "seller insists all 3 things were packed, there were 2")
    (r"\b(?:" + fewer(r"(?:sent|packed|shipped|put|says|said|swears|swore|insists|insisted|"
                       r"claims|claimed|saying|claiming)\b(?: \S+){0,3}? all {N}(?: (?:items?|"
                       r"things?|products?|pieces|pcs|of them))?" + _FEWER_CAME_EN, COUNTS_EN)
     + r"|" + fewer(r"all {N} (?:items?|things?|products?|pieces|pcs|of them) (?:were|was) "
                    r"(?:all )?(?:in|packed|sent|shipped|inside|put)\b" + _FEWER_CAME_EN, COUNTS_EN)
     + r")\b", "yes"),
)
"""The English `items_missing` rows of this pass."""

ITEMS_TWO_EN: tuple[tuple[str, str], ...] = (
    # two things of one order named, then one of them absent ("the lamp and the bulbs in one
    # order, the bulbs never came", "keyboard + keycaps in one order, keycaps missing", "no cable
    # in the parcel"): read before the look-alikes that take "no cable" for a part of one box
    (r"\b(?P<ia>[a-z]{3,})(?: (?:and|&|plus|with))? (?:a |an |the )?(?P<ib>[a-z]{3,}) (?:in|from) "
     r"(?:one|the same|a single) order\b(?: \S+){0,6}? (?:no (?:(?P=ia)|(?P=ib))s?\b|(?:(?P=ia)|"
     r"(?P=ib))s? (?:is |are |was |were )?(?:missing(?! (?:the |its |a |an |some |all |any |his |"
     r"her |their |\d+ |two |three )(?!(?:seller|shop|store|courier|parcel|package|box|dispute|"
     r"order)\b))|never came|never arrived|did not come|not there|not in the (?:box|parcel|"
     r"package)))", "yes"),
)
"""Read before `items_missing.EN_FIRST`."""

_FEWER_CAME_RU = (r"(?: \S+){0,5}? (?:было|пришл\w*|пришел|там|получил\w*|лежало|нашл\w*|в "
                  r"коробке|в посылке|а)(?: только| всего| лишь)? {M}"
                  r"(?! (?:уведомлен|сообщен|письм|дн|день|"
                  r"недел|месяц|час|раз|руб|трек|ответ|обновлен|смс|звонк)\w*)")
"""Fewer come after the seller's «все»: «было 2», «пришло три»."""
ITEMS_RU: tuple[tuple[str, str], ...] = (
    (r"\b(?:нет в наличии|нету в наличии|закончил\w* на складе|нет на складе|распродан\w*)",
     MASK),
    # the seller says all N were in the parcel, fewer came («пишет, что все 3 товара были в
    # посылке. было 2», «уверяет, что положил все 4, пришло три»)
    (r"\b(?:" + fewer(r"(?:положил\w*|отправил\w*|выслал\w*|вложил\w*|упаковал\w*|пишет|"
                       r"написал\w*|говорит|сказал\w*|утверждает|уверяет|клянется|клянётся|мол)"
                       r"(?: \S+){0,3}? все {N}(?: (?:товар|вещ|позици|предмет|штук)\w*)?"
                       + _FEWER_CAME_RU, COUNTS_RU)
     + r"|" + fewer(r"все {N}(?: (?:товар|вещ|позици|предмет|штук)\w*)? (?:были|был|лежали|"
                    r"положены|отправлены|вложены|упакованы)\b" + _FEWER_CAME_RU, COUNTS_RU)
     + r")\b", "yes"),
    # «из заказа в 3 товара пришли два», whatever follows
    (r"\bиз заказа (?:в|на|из) " + fewer(r"{N} (?:товар|вещ|позици|предмет|штук)\w* "
                                          r"(?:пришл\w*|пришел|доехал\w*|получил\w*|дошл\w*) "
                                          r"(?:только |всего |лишь )?{M}", COUNTS_RU) + r"\b",
     "yes"),
)
"""The Russian `items_missing` rows of this pass."""

SEVERAL_EN: tuple[tuple[str, str | None], ...] = (
    # a card "ordered with" is no thing of the order ("grandma's card expired, i ordered with it
    # for her"); "the mugs i ordered with it" still tells two things
    (r"\bcard\b(?: \S+){0,6}? (?:i |we |she |he )?(?:ordered|paid|bought|purchased) (?:it |them )?"
     r"with it\b|\b(?:ordered|paid|bought|purchased) (?:it |them )?with (?:her|his|my|the|that|"
     r"this|the old|an old) card\b", MASK),
)
"""The English `several_items` look-alikes of this pass."""
SEVERAL_RU: tuple[tuple[str, str | None], ...] = (
    # the order's status «в заказе» and coupons combined «в одном заказе» are no items
    (r"\bв заказе (?:теперь |сейчас |уже |до сих пор |вс[её] ещ[её] )?(?:стоит |пишет |написано |"
     r"висит |статус |показывает )?(?:отправлен|ожида|в пути|заверш|закрыт|отмен|доставлен|"
     r"получен|обработк|выполнен)\w*", MASK),
    (r"\b(?:суммиру|складыва|сочета|комбинир|объединя|совмеща|применя|использова)\w*(?: [а-я]+)"
     r"{0,3}? в одном заказе\b", MASK),
)
"""The Russian `several_items` look-alikes of this pass."""
