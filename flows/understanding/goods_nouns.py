"""The goods buyers order, by their nouns (twenty-seventh pass G), to read an order told as a list.

A list of two or more DISTINCT goods right after the buyer's ordering ("ordered a tent, 2 mats and
a lantern", "my order: a kettle and two mugs", «в заказе рюкзак, пенал и 3 тетради») tells
several items of one order. The nouns are only used for that: a list needs each item to end on
one of them, so a state, a verb or money after "order" is never read as a thing. Look-alikes:
a product and its own parts ("a lamp with its cable"), a set of N ("a set of 6 glasses and
saucers"), several orders ("in two separate orders"), another thing come ("ordered a lamp, a fan
came instead").
"""

from __future__ import annotations

_GOODS_EN = (
    # gadgets and electronics
    "phone", "smartphone", "tablet", "laptop", "charger", "cable", "cord", "adapter", "adaptor",
    "plug", "powerbank", "battery", "batterie", "earbud", "earphone", "headphone", "headset",
    "speaker", "mouse", "keyboard", "keycap", "monitor", "screen", "webcam", "camera", "lens",
    "lense", "tripod", "stand", "holder", "mount", "router", "antenna", "modem", "hub", "dongle",
    "drive", "card reader", "microphone", "mic", "remote", "controller", "gamepad", "joystick",
    "watch", "smartwatch", "band", "strap", "tracker", "drone", "propeller", "projector",
    "printer", "scanner", "bulb", "lamp", "flashlight", "torch", "lantern", "strip", "fairy light",
    "string light", "toothbrush", "shaver", "trimmer", "clipper", "dryer", "hairdryer",
    "straightener", "curler", "scale", "thermometer", "sensor", "switch", "socket", "extension",
    "console", "radio", "player", "protector", "film", "case", "cover", "sleeve", "pen", "stylus",
    "pad", "mousepad", "ssd", "hdd", "ram", "fan", "heater", "humidifier", "purifier", "vacuum",
    "kettle", "blender", "mixer", "toaster", "grinder", "fryer", "cooker",
    # clothes, shoes, accessories
    "shirt", "tshirt", "t shirt", "tee", "blouse", "dress", "skirt", "jeans", "trouser", "pant",
    "shorts", "legging", "hoodie", "sweater", "sweatshirt", "jumper", "cardigan", "jacket", "coat",
    "parka", "vest", "suit", "pajama", "pyjama", "sock", "tight", "bra", "underwear", "boxer",
    "swimsuit", "bikini", "scarf", "hat", "cap", "beanie", "glove", "mitten", "belt", "shoe",
    "sneaker", "trainer", "boot", "sandal", "slipper", "heel", "loafer", "bag", "backpack",
    "handbag", "purse", "suitcase", "umbrella", "ring", "necklace", "bracelet", "earring",
    "pendant", "chain", "brooch", "sunglasses", "glasses", "wig", "wig cap", "hairpin", "headband",
    "mask",
    # home and kitchen
    "mug", "cup", "glass", "plate", "bowl", "saucepan", "pan", "pot", "rack", "knife", "knive",
    "fork", "spoon", "spatula", "strainer", "teapot", "bottle", "flask", "thermos", "jar",
    "container", "tray", "towel", "blanket", "pillow", "pillowcase", "pillow case", "cushion",
    "sheet", "duvet", "bedspread", "curtain", "rug", "carpet", "mat", "mirror", "shelf", "shelve",
    "hook", "hanger", "basket", "box", "organizer", "organiser", "vase", "frame", "clock",
    "candle", "garland", "sticker", "decal", "poster", "chair", "stool", "table", "desk",
    "lampshade", "shade", "faucet", "tap", "showerhead", "tent", "sleeping bag", "sleeping mat",
    "hammock", "stroller", "raincoat", "car seat", "crib", "toy", "doll", "puzzle", "notebook",
    "pencil", "pencil case", "marker", "brush", "paint", "yarn", "thread", "needle", "fabric",
    "bead", "feeder", "drinker", "collar", "leash", "harness", "bed", "planter",
    # tools and parts
    "drill", "screwdriver", "wrench", "spanner", "plier", "hammer", "tape", "glue",
    "soldering iron", "soldering station", "multimeter", "clamp", "vise", "pump", "hose", "nozzle",
    "filter", "valve", "bearing", "tyre", "tire", "wheel", "pedal", "cleat", "brake", "brake pad",
    "grip", "saddle", "helmet", "light bar", "bar", "bumper", "mirror", "wiper", "horn", "fuse",
    "relay", "motor", "board", "module", "paddle", "dry bag", "rod", "reel", "lure", "hook", "net",
    "cream", "serum", "lipstick", "perfume", "shampoo", "nail", "polish", "lash", "eyelash",
)
"""Goods buyers order, in the singular: one noun a list item may end on."""

NAMES_EN = "|".join(sorted(set(_GOODS_EN), key=len, reverse=True))
"""The goods' names as alternatives, the longest first (to capture one and tell it from another)."""
GOODS_EN = r"(?:" + NAMES_EN + r")(?:s|es)?"
"""One of the goods, singular or plural, as a pattern."""

_GOODS_RU = (
    # gadgets and electronics (stems: every case and number reads)
    "телефон", "смартфон", "планшет", "ноутбук", "зарядк", "зарядн", "кабел", "кабель", "шнур",
    "провод", "переходник", "адаптер", "вилк", "пауэрбанк", "павербанк", "аккумулятор", "батаре",
    "батарейк", "наушник", "гарнитур", "колонк", "мыш", "клавиатур", "монитор", "экран", "камер",
    "веб-камер", "объектив", "линз", "штатив", "подставк", "держател", "крепление", "креплени",
    "роутер", "антенн", "модем", "хаб", "флешк", "карт памяти", "микрофон", "пульт", "джойстик",
    "геймпад", "часы", "смарт-часы", "браслет", "ремеш", "дрон", "квадрокоптер", "пропеллер",
    "проектор", "принтер", "лампочк", "лампа", "ламп", "светильник", "ночник", "фонарик", "фонар",
    "гирлянд", "лент", "зубн", "щетк", "щётк", "бритв", "триммер", "машинк", "фен", "плойк",
    "утюжок", "весы", "термометр", "датчик", "выключател", "розетк", "удлинител", "подовжувач",
    "приставк", "тв-приставк", "плеер", "стекл", "пленк", "плёнк", "чехол", "чехл", "обложк",
    "стилус", "коврик", "вентилятор", "обогревател", "увлажнител", "пылесос", "чайник", "блендер",
    "миксер", "тостер", "кофемолк", "мультиварк", "аэрогрил", "hdmi-кабел",
    # clothes, shoes, accessories
    "футболк", "рубашк", "блузк", "плать", "платье", "юбк", "джинс", "брюк", "штан", "шорт",
    "легинс", "лосин", "худи", "свитер", "свитшот", "толстовк", "кофт", "кардиган", "куртк",
    "пальто", "пуховик", "жилет", "костюм", "пижам", "носк", "колгот", "бюстгальтер", "белье",
    "бельё", "трус", "купальник", "шарф", "шапк", "кепк", "бейсболк", "перчатк", "варежк",
    "рукавиц", "ремень", "ремн", "галстук", "туфл", "кроссовк", "кед", "ботинк", "ботин", "сапог",
    "сапож", "сандали", "босонож", "тапочк", "тапк", "сумк", "рюкзак", "чемодан", "зонт", "кольц",
    "колеч", "цепочк", "серьг", "серёжк", "сережк", "кулон", "подвеск", "брошь", "брош", r"очки\b",
    "парик", "заколк", "ободок", "ободк", "маск",
    # home and kitchen
    "кружк", "чашк", "стакан", "тарелк", "миск", "кастрюл", "сковород", "сковородк",
    r"нож(?:а|и|ом|ей|ниц[аы]?)?\b", "вилок", "ложк", "лопатк", "ситечк", "заварник", "бутылк",
    "термос", "термокружк", "контейнер", "поднос", "полотенц", "плед", "одеял", "подушк",
    "наволочк", "простын", "пододеяльник", "покрывал", "штор", "занавеск", "ковер", "ковёр",
    "ковр", "зеркал", "полк", "полочк", "крючк", "крючок", "вешалк", "корзин", "коробк",
    "органайзер", "ваз", "рамк", "свеч", "наклейк", "постер", "стул", "табурет",
    r"стол(?:а|у|ом|е|ы|ов)?\b", "столик", "абажур", "смесител", "кран", "лейк", "палатк",
    "спальник", "гамак", "коляск", "дождевик", "автокресл", "кроватк", "игрушк", "кукл", "пазл",
    "тетрад", "блокнот", "ручк", "карандаш", "пенал", "маркер", "фломастер", "кист", "краск",
    "пряж", "нитк", r"нити\b", "иголк", "игл", "бусин", "кормушк", "поилк", "ошейник", "поводок",
    "поводк", "шлейк", "лежанк", "горшок", "горшк", "комплект постельного", "наволочк", "шар",
    "игрушк",
    # tools and parts
    "дрел", "шуруповерт", "шуруповёрт", r"биты\b", "сверл", "свёрл", "отвертк", "отвёртк", "ключ",
    "плоскогубц", "молоток", "молотк", "скотч", "клей", "паяльник", "паяльн", "мультиметр",
    "струбцин", "тиски", "насос", "шланг", "насадк", "фильтр", "клапан", "подшипник", "шин",
    "колес", "педал", "колодк", "грипс", "седл", "шлем", r"фар(?:а|ы|у)\b", "бампер", "дворник",
    "двигател", "мотор", "модул", "весл", "удочк", "катушк", "блесн", "блёсн", "леск",
    r"крем(?:а|у|ом|ы)?\b", "сыворотк", "помад", "духи", "шампун", "лак", "ресниц", "лапк",
)
"""Goods buyers order, by their Russian stems: one noun a list item may end on."""

STEMS_RU = "|".join(sorted(set(_GOODS_RU), key=len, reverse=True))
"""The goods' stems as alternatives, the longest first (to capture one and tell it from another)."""
GOODS_RU = r"(?:" + STEMS_RU + r")[а-яё]*"
"""One of the goods in any case or number, as a pattern."""
