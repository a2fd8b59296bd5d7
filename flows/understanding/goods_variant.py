"""A variant of the product picked and another come (twenty-seventh pass G): `problem` rows.

The same product in another colour, letter size or version is `wrong_size` (README), never
`wrong`: "ordered it in black, a white one came", "the blue jacket came in green", "picked L, got
an M", "ordered the usb c version and got micro usb", «синяя куртка пришла зелёная», «заказывал
версию с type-c, пришла с micro-usb». Look-alikes, silent: the same colour or size come, a
colour of the box or bag it came in, a thing that turned a colour, a version come broken.
Read before the older `problem` rows, so "ordered X, got Y" is not read as another product.
"""

from __future__ import annotations

from flows.understanding.goods_more import _COLOUR_RU, _LETTER_SIZE

_COLOUR_EN = (r"(?:black|white|red|blue|green|yellow|grey|gray|pink|purple|orange|brown|beige|"
              r"navy|khaki|gold|golden|silver|rose gold|turquoise|violet|burgundy|cream|ivory|"
              r"mint|olive|teal|lilac|coral|maroon|transparent|clear)")
"""The colours a variant is picked by."""
_PICKED_EN = r"(?:ordered|picked|chose|chosen|selected|bought|wanted|paid for)"
_CAME_EN = (r"(?:got|received|came|arrived|showed up|they sent|seller sent|sent me|was sent|were "
            r"sent|is|it s|its|they re)")
_NOT_A_WRAP_EN = r"(?! (?:box|boxes|bag|bags|package|packaging|envelope|wrap|wrapping|paper)\b)"
"""A colour of what it came in is no colour of the thing."""
_NOT_DAMAGE_EN = (r"(?!(?:broken|damaged|cracked|dead|scratched|dirty|used|faulty|defective|"
                  r"nothing|no|a refund|refund|it|them|my|late|empty|torn|open|opened|wet)\b)")

PROBLEM_EN: tuple[tuple[str, str | None], ...] = (
    # a colour picked and another come, either order ("ordered it in black, a white one came",
    # "picked the grey, got a pink one", "ordered 2 green lamps, got 2 white ones", "the blue
    # jacket came in green", "got red though i chose black"); the same colour, the colour of a
    # box, a thing that turned green stay out
    (r"\b" + _PICKED_EN + r"(?: (?!(?:and|but|or|got|received|came)\b)(?:[a-z]+|\d{1,2})){0,4}? "
     r"(?P<ca>"
     + _COLOUR_EN + r")\b(?: (?!(?:and|or)\b)[a-z]+){0,4}? (?:(?:but|and|yet|then) )?(?:i |we )?"
     + _CAME_EN + r"(?: (?:a|an|the|in|me|one|it|them|colou?r|both|all|two|three|four|five|"
     r"\d{1,2}))* (?!(?P=ca)\b)" + _COLOUR_EN
     + r"\b" + _NOT_A_WRAP_EN + r"|"
     r"\b" + _PICKED_EN + r"(?: (?!(?:and|but|or|got|received|came)\b)[a-z]+){0,4}? (?P<cd>"
     + _COLOUR_EN + r")\b(?: (?!(?:and|or)\b)[a-z]+){0,3}? (?:but |and |yet |then )?(?:a|an|the) "
     r"(?!(?P=cd)\b)" + _COLOUR_EN + r"(?: one| [a-z]+)? (?:came|arrived|was sent|showed up)\b|"
     r"\b(?:the|my|a) (?P<cb>" + _COLOUR_EN + r") (?:[a-z]+ ){1,2}?(?:(?:from|of) (?:my |the )?"
     r"order )?(?:came|arrived|was sent|were sent|got sent|showed up) (?:in |as )?(?:a |an )?"
     r"(?!(?P=cb)\b)" + _COLOUR_EN + r"\b" + _NOT_A_WRAP_EN + r"|"
     r"\b(?:got|received|they sent|sent me) (?:a |an |the )?(?P<cc>" + _COLOUR_EN + r")\b(?: "
     r"[a-z]+){0,3}? (?:but|though|although|while|when) (?:i|we) (?:had )?" + _PICKED_EN
     + r"(?: (?:the|a|an|in))* (?!(?P=cc)\b)" + _COLOUR_EN + r"\b", "wrong_size"),
    # a letter size picked and another come ("ordered the hoodie in l, got an m", "picked xl,
    # they sent s"); the same size come stays out
    (r"\b" + _PICKED_EN + r"(?: (?!(?:and|but|got)\b)[a-z]+){0,4}? (?:in |size |an? )(?P<la>"
     + _LETTER_SIZE + r")\b(?: (?!(?:and|or)\b)[a-z]+){0,3}? (?:(?:but|and|yet|then) )?(?:i |we )?"
     r"(?:got|received|came|arrived|they sent|sent me|was sent)(?: (?:a|an|in|size|me|the))+ "
     r"(?!(?P=la)\b)" + _LETTER_SIZE + r"\b", "wrong_size"),
    # a version, model or plug picked and another come ("ordered the usb c version and got
    # micro usb", "chose the eu plug, they sent a uk one", "paid for the 128gb model, got 64gb");
    # the version come broken or not at all stays to the older rows
    (r"\b" + _PICKED_EN + r" (?:the |a |an )?(?:[a-z0-9-]+ ){1,3}?(?:version|variant|model|"
     r"edition|option|plug|connector|type)\b(?: [a-z0-9]+){0,3}? (?:(?:but|and|yet|then|instead) )?"
     r"(?:i |we )?(?:got|received|came with|arrived with|they sent|sent me|was sent) (?:(?:a|an|"
     r"the|me) )?(?!(?:a|an|the|me)\b)" + _NOT_DAMAGE_EN + r"[a-z0-9-]+", "wrong_size"),
)
"""The English `problem` rows of this pass, read before the older rows."""

_CAME_RU = (r"(?:пришл\w*|приш[её]л|прислали|прислал|приехал\w*|получил\w*|отправили|выслали|"
            r"оказал\w*)")
_NOT_A_WRAP_RU = r"(?! (?:коробк|пакет|упаковк|конверт|бумаг)\w*)"
_NOT_DAMAGE_RU = (r"(?!(?:сломан|разбит|поврежд|треснут|трещин|царапин|скол|дефект|брак|дыр|пятн|"
                  r"грязн|мят|порван|пуст|мокр|битой|"
                  r"бракован|ничего|не)\w*)")

PROBLEM_RU: tuple[tuple[str, str | None], ...] = (
    # the thing named by its colour come in another («синяя куртка пришла зелёная», «чёрный
    # чехол прислали белым»); the same colour, a box of another colour stay out
    (r"\b(?P<cn>" + _COLOUR_RU + r")\w* (?:[а-яё-]+ ){1,2}?(?:(?:из|по) заказ\w* )?" + _CAME_RU
     + r"(?: в| как| уже)? (?!(?P=cn))" + _COLOUR_RU + r"\w*\b" + _NOT_A_WRAP_RU, "wrong_size"),
    # a letter size picked and another come («заказала чёрное худи l, пришло m», «брал xl, а
    # прислали s»); the same size come stays out
    (r"\b(?:заказ|выбира|выбрал|брал|взял|покупал|купил|оплатил)\w*(?: (?!(?:а|но|и)\b)[а-яё]+)"
     r"{0,3}? (?:в |размер\w* |р-р )?(?P<lr>" + _LETTER_SIZE + r")\b(?: (?!(?:и|или)\b)[а-яё]+)"
     r"{0,2}? (?:а |но )?" + _CAME_RU + r"(?: (?:в|размер\w*|р-р))? (?!(?P=lr)\b)" + _LETTER_SIZE
     + r"\b", "wrong_size"),
    # a version, a model or a kit picked and another come («заказывал версию с type-c, пришла с
    # micro-usb», «выбрала модель на 128 гб, прислали на 64»); come broken stays to older rows
    (r"\b(?:заказ|выбира|выбрал|брал|взял|покупал|купил|оплачивал|оплатил)\w* (?:[а-яё-]+ )?"
     r"(?:верси|вариант|модел|исполнени|комплектаци|расцветк)\w*(?: \S+){0,3}? (?:а |но )?"
     + _CAME_RU + r"(?: \S+)?? (?:(?:с|на|в) )?(?!(?:с|на|в)\b)" + _NOT_DAMAGE_RU
     + r"[а-яёa-z0-9-]+", "wrong_size"),
)
"""The Russian `problem` rows of this pass, read before the older rows."""
