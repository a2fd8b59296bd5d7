"""Facts from the text read off a buyer's screenshot of an AliExpress page (pure).

OCR'd text in, a `Screenshot` out: the status as the app or website names it (glossary of
refund-rules.md), the protection countdown, the order number by its label, the latest
tracking event with its date, the dispute's state. Precision first: nothing is claimed from
a page that does not look like AliExpress (the brand, or two AliExpress signals), a status is
a whole line (or follows "Status:"), a number needs its label, and two different readings of
one fact cancel each other. No clock: the photo's day comes in as an argument.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from types import MappingProxyType

from flows.inputs.dateinput import numeric_date, word_date
from flows.understanding.facts import bucket
from flows.understanding.vocabulary import DEAD_QUIET_DAYS

EMPTY: Mapping[str, str] = MappingProxyType({})

# Status names of both app versions and the website (glossary), folded (lower case, ё -> е).
STATUSES: Mapping[str, str | None] = MappingProxyType({
    "awaiting payment": None, "ожидает оплаты": None,
    "payment being verified": "verifying", "payment verification": "verifying",
    "payment is being verified": "verifying",
    "проверка платежа": "verifying",
    "awaiting shipment": "awaiting", "ожидает отправки": "awaiting",
    "shipped": "shipped", "awaiting delivery": "shipped", "in transit": "shipped",
    "отправлено": "shipped", "отправлен": "shipped", "в пути": "shipped",
    "completed": "completed", "finished": "completed", "order closed": "completed",
    "завершен": "completed", "завершено": "completed", "заказ закрыт": "completed",
    "cancelled": "cancelled", "canceled": "cancelled", "order cancelled": "cancelled",
    "отменен": "cancelled", "заказ отменен": "cancelled",
    "delivered": "delivered", "доставлен": "delivered", "доставлено": "delivered",
    "отменено": "cancelled",
})
STATUS_LABEL = r"(?:order status|status|статус заказа|статус)\s*[:\-]?\s*"
# Buttons an app row puts beside the status ("Cancelled  Contact seller"), and the UI names of
# the glossary: either one on a page says it is AliExpress's.
ACTIONS = (r"contact seller|track order|confirm receipt|pay now|buy again|delete order|delete"
           r"|leave feedback|add to cart|написать продавцу|отследить(?: заказ)?"
           r"|подтвердить получение|оплатить|купить снова|удалить|оставить отзыв|open dispute"
           r"|открыть спор|cancel order|отменить заказ")
STATUS_THEN_BUTTON = re.compile(rf"^(?P<status>.+?)[.,;]?\s+[‘'\"(«]?(?:{ACTIONS})\b.*$")
UI_NAMES = re.compile(
    r"buyer protection|confirm receipt|open dispute|escalate dispute|return/refund|refund request"
    r"|return & refund|refund only|защита покупателя|подтвердить получение|открыть спор"
    r"|обострить спор|вернуть деньги|оформить возврат|только возврат денег|возврат товара и денег",
    re.I)
ORDER_PAGE = re.compile(
    r"order details|order info|contact seller|track order|pay now|buy again|delete order"
    r"|leave feedback|cancel order|детали заказа|информация о заказе|написать продавцу"
    r"|связаться с продавцом|отследить(?: заказ| посылку)?|оплатить|купить снова|удалить заказ"
    r"|оставить отзыв|отменить заказ", re.I)
"""The order page's title and buttons: one more sign of an AliExpress order page (a status
line alone is not enough, and many order pages show neither countdown nor number)."""
OPEN_DISPUTE = re.compile(r"open (?:a )?dispute|открыть спор", re.I)
"""The order page's own button: it does not make the page a dispute page."""
TRACKING_LABEL = re.compile(r"tracking (?:number|no\.?)|трек-?номер|номер отслеживания", re.I)
BRAND = re.compile(r"ali\s?express|али\s?экспресс", re.I)
PROTECTION = re.compile(
    r"buyer protection|protection (?:ends|period|time)|delivery deadline|order completion time"
    r"|automatically confirm|auto-?confirm|automatic confirmation|confirm\s*receipt\s*(?:within|in)"
    r"|order will (?:be )?(?:closed|completed)|money[- ]back guarantee|time to open a dispute"
    r"|защит|защищ|подтвер(?:жд\w*|дите)\s*получени|автоматическ\w*\s*(?:подтвер|заверш|закры)"
    r"|(?:подтвер|заверш|закры)\w*\s*автоматически|(?:закрыти|завершени)\w*\s*заказа"
    r"|заказ\s*будет\s*(?:закрыт|заверш)|гарантия\s*возврата|открыти\w*\s*спора"
    r"|открыть\s*спор\s*(?:можно|в\s*течение)|срок\w*\s*доставки|гаранти\w*\s*доставк"
    r"|выполнени\w*\s*заказа|заказ\s*заверш\w*ся|автоподтвержд|guaranteed delivery",
    re.I)
"""The words that tie a clock to buyer protection, as the app, the website and the help
centre word its countdown (glossary: «Защита покупателя», «срок защиты заказа»; also «Срок
доставки», «Время завершения заказа», «Автоматическое подтверждение получения через», «До
закрытия заказа», «Гарантия возврата денег», «Время на открытие спора»), in any case form."""
SHIPPING_CLOCK = re.compile(r"\bship(?:s|ping)? within|to ship|\bpay (?:within|in)\b"
                            r"|отправ\w* в течение|на отправку|до отправки|обработк\w* заказа"
                            r"|оплат\w* в течение|на оплату|до отмены", re.I)
"""A seller's processing timer or the payment timer: never buyer protection's."""
PROTECTION_SIGN = re.compile(
    r"buyer protection|protection (?:ends|period|time)|delivery deadline|order completion time"
    r"|automatically confirm|auto-?confirm|confirm\s*receipt\s*(?:within|in)|защит[аы] покупател"
    r"|срок защиты|защита заказа|автоматически подтвер|подтвердите\s*получение", re.I)
"""The protection words that alone count as a sign of an AliExpress page (the wider label
words above tie a clock, but «защита» or «срок доставки» alone is on many pages)."""
ORDER_LABEL = re.compile(
    r"(?:order\s*(?:[il1|][d0o]\b|no\.?|number|num\.?|№\.?)|(?<!\S)(?!(?:дата|сумма|итого|статус|время|детали)\b)"
    r"(?:\S{1,6}\s*|(?<!дата )(?<!сумма )(?<!итого )(?<!статус )(?<!время )(?<!детали ))"
    r"(?:за[кн]аза|3aka3a)|заказ\s*(?:№|N[eo°](?![^\W\d_])))"
    r"\s*[:#№.,\-–—]?\s*", re.I)
"""Russian labels end in «заказа» and Tesseract garbles the word before it («Номер», «№», «ID»
read as «1Ю», «Ne», «р», «М»): «заказа» is the label unless a word of another field stands
before it (date, sum, status); the number after it must still have 16-19 digits and be read
alike twice."""
NUMBER = re.compile(r"^[0-9OoIl|SB ]{8,30}")
ORDER_DIGITS = (16, 19)
"""AliExpress order numbers have 16 to 19 digits; a number with one dropped or doubled is not
taken for one."""
# Countdowns: "12 days 05:31:09", "12d 05:31", «12 дн. 05:31:09», «12 дней», "Buyer protection:
# 12 days", "2 days 5 hours 31 minutes", bare "05:31:09" next to the protection words.
DAYS = (r"(?P<d>\d{1,3})\s*(?:days?|d\b|дн(?:ей|я|\.)?|день|д(?![^\W\d_])\.?|[дdoоaа][нh]\.)"
        r"(?:\s*:(?=\s*\d))?")
"""«дн.» is also read with Latin look-alikes ("AH.", "OH."); a colon may follow the unit, and
«д» may run into the clock («17 д11:34:44»)."""
CLOCK = r"(?P<h>\d{1,2}):(?P<m>[0-5]\d)(?::(?P<s>[0-5]\d)|:\d?(?!\d))?"
"""HH:MM:SS; a clock whose seconds were lost ("07:15:4", "16:22:") is not read to the
second."""
HOURS = (r"(?P<hh>\d{1,2})\s*(?:hours?|hrs?|h(?![^\W\d_])|час(?:а|ов)?|ч(?![^\W\d_])\.?"
         r"|4(?=\s*\d{1,2}\s*(?:мин|min|м\b|m\b)))")
"""Tesseract often reads «ч» as 4: "05 4 31 мин" is 05 ч 31 мин, «224 00m» 22 ч 00 м, when
minutes follow."""
MINUTES = (r"(?:\s*(?P<mm>\d{1,2})\s*(?:minutes?|mins?|m\b|мин(?:ут[аы]?)?\.?|м\b)"
           r"(?:\s*(?P<ss>\d{1,2})\s*(?:seconds?|secs?|s\b|сек(?:унд[аы]?)?\.?|с\b))?)?")
"""Minutes after the hours, and the seconds after them when shown («14 ч 56 мин 01 сек»)."""
COUNTDOWN = re.compile(rf"(?<![\d:]){DAYS}(?:,?\s*(?:{CLOCK}|{HOURS}{MINUTES}))?(?![\d:])", re.I)
BARE_CLOCK = re.compile(rf"(?<![\d:]){CLOCK}(?![\d:])")
DAY_CLOCK = re.compile(r"(?<![\d:])(?P<d>\d{1,3}):(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)"
                       r":(?P<s>[0-5]\d)(?![\d:])")
"""Days, hours, minutes and seconds in a row ("12:05:31:09"), as digit boxes show them."""
LEAD_IN = re.compile(r"\b(?:left|remaining|ends? in|within|in)\s*:?\s*$|(?:осталось|еще|ещё"
                     r"|в течение|через)\s*:?\s*$|:\s*$", re.I)
"""What may stand before a clock on its line; anything else (a misread day count) makes
the clock not exact."""
WRAPPED_CLOCK = re.compile(rf"^\s*{CLOCK}\s*$")
# Tracking event phrases -> the `tracking` fact; earlier rows win when several match.
EVENTS: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(p, re.I), v) for p, v in (
    (r"\bdelivered\b|successfully delivered|доставлен[оа]?\b|вручен[оа]?\b"
     r"|получен[оа]? адресатом", "delivered"),
    (r"destination c|import customs|customs clearance|arrived at (?:the )?(?:local|"
     r"delivery|pickup)|out for delivery|ready for pick ?up|страну назначения|таможенн|"
     r"пункт выдачи|место вручения|ожидает (?:получения|вручения)|передан[оа]? курьеру"
     r"|международного обмена|local delivery company|delivery attempt",
     "in_country"),
    (r"departed|left the (?:departure|origin)|export|handed over|accepted by|sorting cent|"
     r"in transit|покинул[оа]?|принят[оа]? (?:перевозчиком|в отделение)|сортировочн|"
     r"отправлен[оа]? из|экспорт|передан[оа]? (?:авиа|перевозчику)", "moving"),
))
DATE_IN_LINE = re.compile(
    r"(?P<iso>\d{4}-\d{2}-\d{2})|(?P<num>\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?)"
    r"|(?P<word>\d{1,2}\s+[a-zа-я]{3,9}\.?(?:\s+\d{4})?|[a-z]{3,9}\.?\s+\d{1,2}(?:,?\s+\d{4})?)",
    re.I)
DISPUTES: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(p, re.I), v) for p, v in (
    (r"escalated|under (?:aliexpress )?review|aliexpress is reviewing|обострен"
     r"|на рассмотрении aliexpress|aliexpress рассматривает", "escalated"),
    (r"refund (?:completed|successful)|refunded|возврат (?:средств )?(?:успешно )?(?:выполнен"
     r"|завершен)|деньги возвращены", "won"),
    (r"(?:aliexpress|platform) (?:rejected|declined|decided (?:in favou?r of|for) the seller)"
     r"|request (?:was )?rejected by aliexpress|aliexpress отклонил|в пользу продавца", "lost"),
    (r"you (?:cancelled|canceled|closed) (?:the|your) (?:request|dispute)|cancelled by you"
     r"|вы (?:отменили|закрыли) (?:запрос|спор|заявку)", "closed_by_me"),
    (r"seller (?:has )?(?:rejected|refused|declined)|продавец отклонил|продавец отказал",
     "refused"),
    (r"seller(?:'s)? (?:proposal|offer|solution)|seller (?:has )?(?:proposed|offered)"
     r"|waiting for your response|предложение продавца|продавец предложил"
     r"|ожида(?:ет|ние) вашего ответа", "offer"),
    (r"dispute (?:opened|in progress)|awaiting (?:the )?seller'?s? response|waiting for (?:the )?"
     r"seller|refund request submitted|спор открыт|ожида(?:ет(?:ся)?|ние) ответа продавца"
     r"|заявка на возврат (?:отправлена|создана)", "opened"),
))


@dataclass(frozen=True)
class Screenshot:
    """What a screenshot says.

    `facts` uses the keys and values of `vocabulary.FACTS`, as typed text would give them;
    `status` is the status name as the page shows it; `left` the countdown; `order` the
    order number (digits); `event` and `event_day` the latest tracking line; `page` is True
    when the image looks like an AliExpress page at all (else everything else is empty).
    """

    page: bool = False
    facts: Mapping[str, str] = field(default_factory=lambda: EMPTY)
    status: str | None = None
    left: timedelta | None = None
    protection: bool = False
    order: str | None = None
    event: str | None = None
    event_day: date | None = None

    @property
    def readable(self) -> bool:
        """Whether anything worth telling the buyer was read."""
        return bool(self.facts or self.order or self.left)


def fold(line: str) -> str:
    """Lower case, ё as е, collapsed spaces, no edge punctuation or stray icons."""
    line = re.sub(r"\s+", " ", line.lower().replace("ё", "е")).strip()
    return re.sub(r"^[^\w]+|[^\w)]+$", "", line)


def _status(lines: list[str]) -> tuple[str | None, str | None]:
    """(status name as shown, fact value); none when two lines name different statuses."""
    found: dict[str, str | None] = {}
    below = _dates_below(lines)
    for i, whole in enumerate(lines):
        if DATE_IN_LINE.search(whole) or (i and _date_only(lines[i - 1])) or (
                below and i + 1 < len(lines) and _date_only(lines[i + 1])):
            continue  # a dated line (or the one beside a date) is a tracking event
        cells = whole.split("\t")  # a wide gap parts a row's cells: each may be the status
        for raw in [whole, *cells] if len(cells) > 1 else cells:
            _status_in(raw, found)
    values = set(found.values())
    if len(values) != 1:
        return None, None
    return next(iter(found)), next(iter(values))


def _status_in(raw: str, found: dict[str, str | None]) -> None:
    """Note the status a line (or a cell of a row) names as a whole, if any, in `found`."""
    shown = re.sub(r"\s+", " ", re.sub(r"^[^\w]+", "", raw.strip()))
    shown = re.sub(rf"^{STATUS_LABEL}", "", shown, flags=re.I)
    line = fold(shown)
    beside = STATUS_THEN_BUTTON.match(line)
    if beside and beside["status"] in STATUSES:
        line, shown = beside["status"], shown[:len(beside["status"])]
    if line in STATUSES:
        found[re.sub(r"[^\w)]+$", "", shown)] = STATUSES[line]
    elif (near := _near_status(line)) is not None:
        found[SHOWN.get(near, near.capitalize())] = STATUSES[near]


SHOWN: Mapping[str, str] = MappingProxyType({
    "завершен": "Завершён", "отменен": "Отменён", "заказ отменен": "Заказ отменён"})
"""How a status is written where folding lost its ё (for a name read with a typo)."""


def _distance(a: str, b: str, most: int) -> int:
    """Levenshtein distance between two strings, or most + 1 once it exceeds `most`."""
    if abs(len(a) - len(b)) > most:
        return most + 1
    previous = list(range(len(b) + 1))
    for i, char in enumerate(a, 1):
        current = [i]
        for j, other in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1,
                               previous[j - 1] + (char != other)))
        if min(current) > most:
            return most + 1
        previous = current
    return previous[-1]


def _near_status(line: str) -> str | None:
    """The one long status name a line is a letter or two from (Tesseract's typo: "Awaiting
    shlpment"); short names must be exact, as must anything two names are equally near."""
    if not 10 <= len(line) <= 26:
        return None
    best: list[tuple[int, str]] = []
    for name in STATUSES:
        most = 2 if len(name) >= 15 else 1 if len(name) >= 10 else 0
        if most and (gap := _distance(line, name, most)) <= most:
            best.append((gap, name))
    best.sort()
    if not best or (len(best) > 1 and best[0][0] == best[1][0]
                    and STATUSES[best[0][1]] != STATUSES[best[1][1]]):
        return None
    return best[0][1]


def _date_only(line: str) -> bool:
    """Whether a line holds a date (and maybe a time) and nothing else."""
    dated = DATE_IN_LINE.search(line)
    if dated is None:
        return False
    rest = re.sub(r"\d{1,2}:\d{2}(?::\d{2})?", "", line[dated.end():])
    return not fold(line[:dated.start()]) and not fold(rest)


def _order(lines: list[str]) -> str | None:
    """The order number after its label (on the same line or the next); one number only."""
    numbers: set[str] = set()
    for i, raw in enumerate(lines):
        label = ORDER_LABEL.search(raw)
        if not label:
            continue
        for rest in (raw[label.end():], *lines[i + 1:i + 2]):
            digits = _number_at(rest.strip())
            if digits.isdigit() and ORDER_DIGITS[0] <= len(digits) <= ORDER_DIGITS[1]:
                numbers.add(digits)
                break
    return numbers.pop() if len(numbers) == 1 else None


def _number_at(rest: str) -> str:
    """The digits of the number that starts `rest`, without a last short group that runs into
    a sign ("1608 3?": a copy icon read as a digit and a sign), or ""."""
    found = NUMBER.match(rest)
    if found is None:
        return ""
    number = found.group().rstrip()
    after = rest[found.end():found.end() + 1]
    if after and not after.isspace() and not after.isalpha() and after not in NUMBER_END:
        number = STRAY_GROUP.sub("", number)
    return number.translate(OCR_DIGITS).replace(" ", "")


NUMBER_END = ".,;:'\"`’‘”“)]»"
"""What may follow a number's last digit: a stop, a quote, a bracket."""
STRAY_GROUP = re.compile(r" [0-9OoIl|SB]{1,3}$")


OCR_DIGITS = str.maketrans({"O": "0", "o": "0", "I": "1", "l": "1", "|": "1", "S": "5",
                            "B": "8"})


LOOK_ALIKES = "aceopxykmhtnurb306"
CYRILLIC_OF = str.maketrans(LOOK_ALIKES, "асеорхукмнтпигвзоб")
"""Latin letters and digits Tesseract puts for Cyrillic ones in a Russian word («3ащита»,
«noкупателя»)."""
LABEL_PHRASES = ("защита покупателя", "срок защиты", "защита заказа", "окончания защиты",
                 "подтверждение получения", "автоматическое подтверждение",
                 "до закрытия заказа", "время завершения заказа", "срок доставки",
                 "гарантия возврата", "открытие спора")
"""Protection labels recognised a few letters off (Tesseract's typos in small grey text);
the button «Подтвердить получение» is one letter from «Подтвердите получение»: not here."""


def cyrillic_fold(text: str) -> str:
    """The text in lower case with Latin look-alikes and digits in Russian words made Cyrillic
    (a word with a Cyrillic letter, or made only of look-alikes)."""
    def fold_word(found: re.Match[str]) -> str:
        word = found.group()
        if not any(c.isalpha() for c in word) or not (
                re.search("[а-я]", word) or set(word) <= set(LOOK_ALIKES)):
            return word
        return word.translate(CYRILLIC_OF)
    return re.sub(r"[^\W_]+", fold_word, text.lower().replace("ё", "е"))


def protection_words(text: str) -> bool:
    """Whether a text holds the words that tie a clock to buyer protection: as written, with
    look-alike letters, or a long label a letter or two off (a lost space, a word split)."""
    if PROTECTION.search(text):
        return True
    folded = cyrillic_fold(text)
    if PROTECTION.search(folded):
        return True
    words = re.findall(r"[^\W\d_]+", folded)
    for phrase in LABEL_PHRASES:
        target = phrase.replace(" ", "")
        most = len(target) // 6
        size = phrase.count(" ") + 1
        for width in (size, size + 1):
            for i in range(len(words) - width + 1):
                if _distance("".join(words[i:i + width]), target, most) <= most:
                    return True
    return False


TIMESTAMP = re.compile(r"\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4}")
"""A full date on a clock's line: the clock is a time of day (an event, a payment), no
countdown."""
RANGE_BEFORE = re.compile(r"\d\s*[-–—]\s*$")
"""A day count after a range's dash ("15-20 дней"): a delivery estimate, no countdown."""


SPACED_CLOCK = re.compile(r"(?<![\d:])\d{1,3}(?: ?: {0,2}\d{2}){2,3}(?![\d:])")


BOX_EDGE = re.compile(r"[\[\]{}()|](?=\d)|(?<=\d)[\[\]{}()|]")
"""A box's outline read as a bracket touching its digits ("[49 дней", "(00): (14)")."""
DAY_COUNT_LETTERS = re.compile(r"(?<![^\W\d_])(?=[0-9ЗзОоOoб]{0,2}[ЗзОоOoб])[0-9ЗзОоOoб]{1,3}"
                               r"(?=\s*(?:дн|д\b|д(?=\d)|days?\b))")
"""A day count with a digit read as a look-alike letter right before its unit: «Зд»,
«1З дн.», «О дн.» (3, 13, 0)."""
DIGIT_OF = str.maketrans("ЗзОоOoб", "3300006")


def spaced_clock(line: str) -> str:
    """The line with a clock read with spaces by its colons ("03: 00: 30: 29", "05 : 31 : 09",
    as digit boxes read as text) closed up, box edges beside digits dropped and a day count
    read with letters for digits («Зд», «Oдн.») made digits; a lone "Итого: 12" stays."""
    line = DAY_COUNT_LETTERS.sub(lambda found: found.group().translate(DIGIT_OF),
                                 BOX_EDGE.sub(" ", line))
    return SPACED_CLOCK.sub(lambda found: re.sub(r" *: *", ":", found.group()), line)


def _countdown(lines: list[str]) -> tuple[timedelta | None, bool, bool]:
    """(time left, whether it is buyer protection's, whether read to the second) from the
    first protection countdown on the page; another clock (the seller's) is skipped."""
    first: tuple[timedelta | None, bool, bool] = (None, False, False)
    for i, raw in enumerate(lines):
        # The label sits beside, above (up to two lines: a title, then a note) or below.
        near = " ".join(lines[max(0, i - 2):i + 2])
        raw = spaced_clock(raw)
        if TIMESTAMP.search(raw):
            continue
        found = COUNTDOWN.search(raw)
        if found and RANGE_BEFORE.search(raw[:found.start()]):
            continue
        both = None
        exact = True
        if found:
            left = timedelta(days=int(found["d"]), hours=int(found["h"] or found["hh"] or 0),
                             minutes=int(found["m"] or found["mm"] or 0),
                             seconds=int(found["s"] or found["ss"] or 0))
            rest = raw[found.end():].strip(" .,;")
            # After a day count the hours are below 24: more is a misread digit ("95" for 05).
            misread = int(found["h"] or found["hh"] or 0) > 23
            if misread:
                left = timedelta(days=int(found["d"]))
            wrapped = WRAPPED_CLOCK.match(lines[i + 1]) if i + 1 < len(lines) else None
            if wrapped and not (found["h"] or found["hh"]) and not rest:
                # A narrow screen wraps "1 дн." and "01:36:26" onto two lines.
                left += timedelta(hours=int(wrapped["h"]), minutes=int(wrapped["m"]),
                                  seconds=int(wrapped["s"] or 0))
            # Boxed digits Tesseract could not read ("9 days @©:9:9"): the days are right,
            # the rest is not, so the countdown is not stated to the second.
            # "16:22:" is a clock whose seconds Tesseract lost: the minutes are not the count.
            cut = found["h"] is not None and found["s"] is None and found.end() > found.end("m")
            # A countdown's hours are two digits: "14 д 8:23" is boxes' minutes and seconds
            # with the hours lost, not 8 hours 23 minutes.
            cut = cut or (found["h"] is not None and found["s"] is None and len(found["h"]) < 2)
            exact = not misread and not cut and not GARBLED.search(rest) and (
                not rest or bool(WORD.search(rest) and not BOX_GARBLE.search(rest)))
            if not exact and not (found["h"] or found["hh"]) and (joined := joined_clock(rest)):
                left += timedelta(hours=joined[0], minutes=joined[1], seconds=joined[2])
                exact = True
        elif (both := DAY_CLOCK.search(raw)):
            left = timedelta(days=int(both["d"]), hours=int(both["h"]), minutes=int(both["m"]),
                             seconds=int(both["s"]))
            exact = _clean_before(raw[:both.start()])
        elif (bare := BARE_CLOCK.search(raw)) and bare["s"]:
            left = timedelta(hours=int(bare["h"]), minutes=int(bare["m"]), seconds=int(bare["s"]))
            exact = _clean_before(raw[:bare.start()])
        else:
            continue
        if SHIPPING_CLOCK.search(near):
            continue
        if protection_words(near):
            if not exact and (unread := _unread_unit(raw)) is not None:
                return unread, True, True
            if not found and not exact:
                # A clock after a stray word (a misread day count): not even its bucket.
                return None, True, False
            return left, True, exact
        if (found or both) and first[0] is None:
            first = (left, False, exact)
    return first


def _clean_before(before: str) -> bool:
    """Whether what stands before a clock on its line lets it be read exactly: nothing, the
    protection words or a lead-in ("left", «осталось») right before it; a stray word may be a
    misread day count ("am 12:05:30" for "21 дн. 12:05:30", "17 д" run into the clock)."""
    before = before.strip()
    return not before or bool(PROTECTION_THEN.search(before) or LEAD_IN.search(before)
                              or PROTECTION_THEN.search(cyrillic_fold(before)))


PROTECTION_THEN = re.compile(rf"(?:{PROTECTION.pattern})[^\W\d_]*(?:\s+[^\W\d_]{{4,}}){{0,2}}"
                             r"\s*:?$", re.I)
"""The protection words ending the text before a clock (their word may go on, and a word or
two of four letters or more after it: «Защита покупателя:», «в течение»; a stray short word
may be a misread day count)."""
UNREAD_UNIT = re.compile(r"(?<!\S)(?P<d>\d{1,3})(?:\s*(?P<unit>[^\s\d:]{1,6})\s*|\s+)"
                         r"(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d):(?P<s>[0-5]\d)(?![\d:])")
"""A day count, a unit Tesseract garbled or dropped («12 AW. 05:31:09», «12 днеи 05:31:09»),
and a whole H:MM:SS clock."""
OTHER_UNIT = re.compile(r"^(?:h|hrs?|hours?|ч|час\w*|m|mins?|minutes?|мин\w*|s|secs?|сек\w*"
                        r"|x|х|шт|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|янв|фев"
                        r"|мар|апр|ма[йя]|июн|июл|авг|сен|окт|ноя|дек)\w*)\.?,?$", re.I)
"""Words that are no garbled day unit: hours, minutes, a count of items, a month (a date)."""


def _unread_unit(line: str) -> timedelta | None:
    """Days and a clock whose day unit was garbled, when no other number stands before the
    day count (the caller checks the protection label is near): the count is a clean word of
    digits right before the clock, so the clock is stated."""
    found = UNREAD_UNIT.search(line)
    if found is None or re.search(r"\d", line[:found.start()]):
        return None
    if found["unit"] and OTHER_UNIT.match(found["unit"]):
        return None
    if not found["unit"] and len(found["d"]) > 2:
        return None  # «54 д» read "544": a dropped unit's last letter may be a digit
    return timedelta(days=int(found["d"]), hours=int(found["h"]), minutes=int(found["m"]),
                     seconds=int(found["s"]))


JOINED_CLOCK = re.compile(r"^(?P<h>[01]\d|2[0-3])[.,\-]?(?P<m>[0-5]\d)[.,:\-]?(?P<s>[0-5]\d)$")
"""A whole HH:MM:SS whose colons Tesseract read as a stop, a dash or nothing ("2021.44",
"1542-22"): six digits, two a part, after the day count and alone."""


def joined_clock(rest: str) -> tuple[int, int, int] | None:
    """(hours, minutes, seconds) of a clock read without its colons right after a day count,
    or None. The page's reading only: bot/screenshots/page_text.py states it when a second
    reading gives the same numbers."""
    found = JOINED_CLOCK.match(rest.strip(" .,;"))
    return (int(found["h"]), int(found["m"]), int(found["s"])) if found else None


GARBLED = re.compile(r"[\d:@©®]")
BOX_GARBLE = re.compile(r"[()\[\]{}|]|^[^a-zа-яё]+$")
"""What the page's reading makes of digit boxes after a day count: a bracket (a box's edge),
or capitals and signs alone ("(GME", "EE)", "DGD €ED"); "left", «осталось» are words."""
WORD = re.compile(r"[^\W\d_]{2,}")


def _day(text: str, today: date | None) -> date | None:
    """The calendar day a tracking line names; the year from `today` when the line has none."""
    parsed = numeric_date(text) if text[0].isdigit() and not text[2:3].isalpha() else None
    parsed = parsed or word_date(text.lower())
    if parsed is None:
        return None
    day, month, year = parsed
    if year is None:
        if today is None:
            return None
        year = today.year
    try:
        found = date(year, month, day)
    except ValueError:
        return None
    if today is not None and found > today:
        found = found.replace(year=found.year - 1) if parsed[2] is None else found
    return found


def _event(text: str) -> str | None:
    """The tracking fact an event's text names, if any."""
    return next((v for p, v in EVENTS if p.search(text.replace("ё", "е"))), None)


def _dates_below(lines: list[str]) -> bool:
    """Whether the page's dates stand on their own lines under their events rather than above
    them: more of them have an event just above (up to two lines: the event and its place)
    than on the line below."""
    dates = [i for i, line in enumerate(lines) if _date_only(line)]
    above = sum(1 for n, i in enumerate(dates)
                if _event(" ".join(lines[max(dates[n - 1] + 1 if n else 0, i - 2):i])))
    under = sum(1 for i in dates if i + 1 < len(lines) and i + 1 not in dates
                and _event(lines[i + 1]))
    return above > under


def _tracking(lines: list[str], today: date | None) -> tuple[str | None, str | None, date | None]:
    """(fact value, event line, its day) of the latest dated tracking event."""
    events: list[tuple[date, int, str, str]] = []
    below = _dates_below(lines)
    previous = -1
    for i, raw in enumerate(lines):
        dated = DATE_IN_LINE.search(raw)
        kind = _event(raw)
        if kind is None and _date_only(raw):
            # A date on its own line, the event below it, or above it (up to two lines: the
            # event and its place) in a list that puts each time under its event.
            beside = lines[max(previous + 1, i - 2):i] if below else lines[i + 1:i + 2]
            kind = _event(" ".join(beside))
            raw = " ".join([raw, *beside])
            previous = i
        day = _day(dated.group().strip(), today) if dated else None
        if kind and day:
            events.append((day, -i, kind, raw.strip()))
    if not events:
        return None, None, None
    day, _i, kind, line = max(events)
    if today is not None and kind != "delivered" and (today - day).days >= DEAD_QUIET_DAYS:
        kind = "dead"
    return kind, line, day


AFTER_SHIPPING = ("shipped", "delivered")

DISPUTE_PAGE = re.compile(r"dispute|refund request|return/refund|(?<![^\W\d_])спор(?!т)"
                          r"|заявк\w* на возврат", re.I)
"""A dispute state counts only on a dispute page ("Refund completed" also ends a cancellation);
«спор» as a word of its own, in any case («спора», «споры»), not «спортивные» of an item."""


def _dispute(lines: list[str]) -> str | None:
    """The dispute's state: the topmost state phrase of a dispute page."""
    if not any(DISPUTE_PAGE.search(line) for line in lines):
        return None
    for i, raw in enumerate(lines):  # the headline is on top; the history holds older states
        state = next((v for p, v in DISPUTES if p.search(raw.replace("ё", "е"))), None)
        if state:
            return state
        if i + 1 < len(lines):
            # A narrow screen wraps a long state: "Waiting for the" / "seller's response".
            joined = f"{raw} {lines[i + 1]}".replace("ё", "е")
            state = next((v for p, v in DISPUTES if (found := p.search(joined))
                          and found.start() < len(raw) < found.end()), None)
            if state:
                return state
    return None


BUTTON_WORDS = ("открытьспор", "opendispute")


def dispute_words(line: str) -> bool:
    """Whether a line speaks of a dispute other than the order page's own «Открыть спор»
    button, which Tesseract often reads garbled («Отрыть cnop», «отрытьстор»)."""
    line = OPEN_DISPUTE.sub("", line)
    if not DISPUTE_PAGE.search(line) and not DISPUTE_PAGE.search(cyrillic_fold(line)):
        return False
    words = re.findall(r"[^\W\d_]+", cyrillic_fold(line))
    kept: list[str] = []
    i = 0
    while i < len(words):
        pair = "".join(words[i:i + 2])
        if any(_distance(pair, button, 2) <= 2 for button in BUTTON_WORDS):
            i += 2
        elif any(_distance(words[i], button, 2) <= 2 for button in BUTTON_WORDS):
            i += 1
        else:
            kept.append(words[i])
            i += 1
    return bool(DISPUTE_PAGE.search(" ".join(kept)))


def read_screenshot(text: str, today: date | None = None) -> Screenshot:
    """Facts of a screenshot's OCR'd text; an empty Screenshot when it is not AliExpress."""
    lines = [line for line in text.splitlines() if line.strip()]
    name, status = _status(lines)
    order = _order(lines)
    left, protected, exact = _countdown(lines)
    if left is not None and not protected and status in AFTER_SHIPPING and \
            left % timedelta(days=1) and not any(SHIPPING_CLOCK.search(line)
                                                 or dispute_words(line) for line in lines):
        # Once shipped, the order page's only days-and-clock countdown is buyer protection's
        # (the processing timer ends at shipping, R02).
        protected = True
    tracking, event, event_day = _tracking(lines, today)
    dispute = _dispute(lines)
    signals = [name is not None, order is not None, protected, dispute is not None,
               any(ORDER_PAGE.search(line) for line in lines),
               any(PROTECTION_SIGN.search(line) or UI_NAMES.search(line) for line in lines),
               event is not None, any(TRACKING_LABEL.search(line) for line in lines)]
    if not BRAND.search(text) and sum(signals) < 2:
        return Screenshot()
    facts: dict[str, str] = {}
    if status:
        facts["order_status"] = status
    if left is not None and protected:
        hours = int(left.total_seconds() // 3600)
        facts.update(protection_left=bucket(hours) if hours > 0 else "hours" if left else "ended",
                     protection_hours=str(hours))
    if tracking:
        facts["tracking"] = tracking
        if event_day and today:
            facts["tracking_quiet_days"] = str((today - event_day).days)
    if dispute:
        facts["dispute"] = dispute
    return Screenshot(True, MappingProxyType(facts), name,
                      left if protected and exact else None, protected, order, event, event_day)


def intent(shot: Screenshot) -> tuple[str | None, tuple[str, ...]]:
    """(the case the page points to, or two candidates) as flow names, from its facts."""
    facts = shot.facts
    if "dispute" in facts:
        return "dispute", ()
    status = facts.get("order_status")
    if status in ("verifying", "awaiting"):
        return "notshipped", ()
    if status == "shipped" or facts.get("tracking") in ("moving", "in_country", "dead"):
        return "notreceived", ()
    if status in ("delivered", "completed") or facts.get("tracking") == "delivered":
        return None, ("notreceived", "wrongitem")
    return None, ()
