"""Words for `processing_over`: the seller's time to ship (the processing timer) has run out.

Not buyer protection: that is `protection_left`. `EN` and `RU` are `(pattern, value)` rows read
like the rows of `facts_<lang>.FACTS` (on the normalised text: lower case, «ё» as «е», no
punctuation); `MASK` blanks look-alikes (a timer that has not run out, will, or might) so later
rows never read them.
"""

from __future__ import annotations

import re

MASK = ""

_EN_SELLER = r"(?:the )?(?:seller|store|shop|vendor|they|he|she|him|them)(?: s)?"
_EN_TO_SHIP = (r"(?:ship|send|dispatch|post)(?:ping|ing)?(?! (?:\w+ ){0,2}(?:back|return|refund|"
               r"money|reply|answer|photos?|videos?|proof|code)\b)")
_EN_TIMER = (r"(?:(?:processing|shipping|dispatch|handling)(?: time| timer| countdown| period|"
             r" deadline| window| days)?|(?:seller|store|shop)s?(?: s)?(?: own)? (?:timer|"
             r"countdown|clock)|ship by (?:countdown|timer|deadline|date|time)|"
             rf"(?:time|timer|countdown|clock|deadline) (?:to|for) {_EN_TO_SHIP}|"
             # whose clock it is, said around it: "the time the seller had to ship", "the
             # timer for them to ship", "the clock on the shop's side", "the timer of seller"
             rf"(?:time|timer|countdown|clock|deadline)(?: (?:that|which))? {_EN_SELLER}"
             rf"(?: (?:had|has|have|got|gets|was given))? to {_EN_TO_SHIP}|"
             rf"(?:time|timer|countdown|clock|deadline) for {_EN_SELLER} to {_EN_TO_SHIP}|"
             rf"(?:timer|countdown|clock) on {_EN_SELLER} side|"
             rf"(?:timer|countdown|clock) of {_EN_SELLER}(?: for {_EN_TO_SHIP})?|"
             # the countdown named by the status it counts under: "the timer under awaiting
             # shipment"
             r"(?:timer|countdown|clock)(?: \w+){0,2} awaiting shipment)")
_EN_OVER = (r"(?:ran out|has run out|had run out|is over|was over|has ended|had ended|ended|"
            r"expired|has expired|had expired|is up|was up|has passed|had passed|passed|"
            r"has finished|finished|is finish|finish|(?:hit|hits|reached|went to|is at|down to)"
            r" (?:zero|0)\b|is gone|has elapsed|elapsed)")
# a bare "over" right after the timer ("processing time over, not shipped"), never a length or a
# place ("over 2 weeks", "shipping over the border")
_EN_BARE_OVER = (r"(?: already| now| totally| completely)? over(?= (?:and|but|still|not|nothing|"
                 r"no|now|yet|so|already|order|status|seller|shop|store|it|its|he|she|they|what|"
                 r"why|how|cancel|can|do|should|na|pero)\b|$)")
# the countdown read at zero: "processing time shows 00:00:00", «обработка 0 д 00:00:00»
ZERO_CLOCK = r"(?:0 ?(?:d|days?|д|дн\w*) )?0?0:00(?::00)?(?![\d:])"
_EN_NOT_YET = r"(?:almost|nearly|not|never|soon|about|going|gonna|will|would|might|may|if|yet)"

EN: tuple[tuple[str, str], ...] = (
    # the app's cancelling told after the fact: "cancelled automatically when the handling time
    # ran out" (a past "when" is no condition)
    (rf"\b(?:cancell?ed|closed)\b(?: \w+){{0,4}} when(?: \w+){{0,3}} {_EN_TIMER}(?: \w+){{0,3}}? "
     r"(?:ran out|expired|ended|was over|was up|passed|hit zero)\b", "yes"),
    # the seller's clock to answer a dispute, never the one to ship: "the seller's timer to
    # respond ran out", "the time for the store to reply is over"
    (r"\b(?:time|timer|countdown|clock|deadline)(?: \w+){0,4}? (?:to|for) (?:respond|reply|answer|"
     r"react|accept|decide|refund)\w*", MASK),
    # a timer that has not run out, or might: "before the processing time ended", "if the
    # shipping timer runs out", "the processing time is almost over"
    (rf"\b(?:before|until|till|if|when|whether|unless|once)(?: \w+){{0,3}} {_EN_TIMER}"
     rf"(?: \w+){{0,4}} {_EN_OVER}\b", MASK),
    (rf"\b{_EN_TIMER}(?: (?!{_EN_NOT_YET}\b)\w+){{0,4}}? {_EN_OVER}\b", "yes"),
    (rf"\b{_EN_TIMER}{_EN_BARE_OVER}", "yes"),
    # the timer named first, then said to be up in bare words ("asked me to extend the
    # processing time, i agreed, still nothing sent. the time ran out"); never past protection,
    # a dispute or a return, whose time it may be
    (rf"\b{_EN_TIMER}\b(?:(?!protection|dispute|claim|refund|return|back\b).){{0,150}}? "
     r"(?:the |that |this )?(?:time|timer|countdown|clock) (?:ran out|has run out|is up|was up|"
     r"expired|has expired|hit zero|is over|ended|has ended)\b", "yes"),
    (rf"\b{_EN_TIMER}(?: (?:is|was|shows|showed|says|said|reads|at|on))? {ZERO_CLOCK}", "yes"),
    # the other order: "ran out the processing time" is rare; "the seller missed the shipping
    # deadline" says the same
    (r"\b(?:seller|store|shop|they|he|she)(?: \w+)? (?:missed|blew|didn t meet|did not meet)"
     r" (?:the |their |his |her |its )?(?:processing|shipping|dispatch) (?:time|deadline|window)\b",
     "yes"),
)

_RU_SELLER = r"(?:продавц\w*|магазин\w*|селлер\w*|продаўц\w*)"
_RU_TIMER = (r"(?:(?:таймер|срок|время|отсчет|счетчик)\w*(?: \w+)? (?:на )?(?:обработк|отправк|"
             r"отгрузк)\w*|(?:таймер|срок|время)\w* продавца|(?:обработк|отправк)\w* (?:заказа )?"
             r"(?:таймер|срок)\w*|"
             # the seller's clock named by whose it is: «таймер у продавца (на отправку)»
             rf"(?:таймер|срок|время|отсчет)\w* (?:у|для) {_RU_SELLER}(?: на (?:обработк|отправк|"
             r"отгрузк)\w*)?|"
             # Ukrainian and Belarusian: «час на обробку», «час на апрацоўку», «термін відправки»
             r"(?:час|термін|тэрмін|строк)\w* (?:на )?(?:обробк|відправк|апрацоўк|адпраўк)\w*)")
_RU_OVER = (r"(?:истек|истекл[аои]|вышел|вышло|вышла|закончил(?:ся|ось|ась)|кончил(?:ся|ось|ась)|"
            r"прошел|прошло|прошла|иссяк\w*|обнулил\w*|дошел до нуля|дошло до нуля|"
            r"(?:на|по) нул(?:е|ях|ям)|на ноле|"
            r"скончыў\w*|скончыл\w*|закінчив\w*|закінчил\w*|сплив|спливла|минув|минула)")
_RU_NOT_YET = r"(?:не|почти|скоро|вот|будет|если|когда|пока|еще не)"

RU: tuple[tuple[str, str], ...] = (
    # the seller missed the time to ship, or let it go: «не уложился в срок отправки», «свои
    # 10 дней на отправку профукал»
    (r"\bне (?:уложил|успел|укладывал)\w* в (?:срок|сроки) (?:на )?(?:отправк|обработк|отгрузк)\w*",
     "yes"),
    (r"\bдн\w* на (?:отправк|обработк|отгрузк)\w* (?:профукал|прошляпил|просрочил|пропустил|"
     r"проспал)\w*", "yes"),
    (r"\b(?:профукал|прошляпил|просрочил|проспал)\w*(?: свои| все)?(?: \w+)? дн\w* на (?:отправк|"
     r"обработк|отгрузк)\w*", "yes"),
    # the countdown said at zero in other words: «часики, сколько продавцу осталось на
    # отправку, дошли до нуля»
    (r"\b(?:таймер|часик|часы|счетчик|отсчет)\w*(?: \w+){0,6}? (?:на )?(?:отправк|обработк)\w*"
     r"(?: \w+){0,2}? (?:дошл\w*|дошел|упал\w*|опустил\w*) до нуля", "yes"),
    # the seller's clock to answer a dispute, never the one to ship: «у продавца время на ответ
    # вышло», «срок для продавца на решение истёк»
    (r"\b(?:таймер|срок|время|отсчет)\w*(?: \w+){0,3}? на (?:ответ|реакци|решени|рассмотрени|"
     r"возврат)\w*", MASK),
    # a timer that has not run out, or might: «до того как истёк срок отправки», «если таймер
    # обработки истечёт», «срок обработки ещё не вышел», «почти закончился»
    (rf"(?:\bдо того как|\bесли|\bкогда|\bпока)(?: \w+){{0,3}} (?:{_RU_TIMER}(?: \w+){{0,3}} "
     rf"{_RU_OVER}|{_RU_OVER}(?: \w+){{0,2}} {_RU_TIMER})\b", MASK),
    (rf"\b(?:не|почти|еще не|вот-вот) {_RU_OVER}\b(?: \w+){{0,2}} {_RU_TIMER}", MASK),
    (rf"\b{_RU_TIMER}(?: (?!{_RU_NOT_YET}\b)\w+){{0,3}}? {_RU_OVER}\b", "yes"),
    # the timer named first, then said to be up in bare words («попросил продлить время
    # обработки, … всё равно не отправил. время вышло»); never past protection or a dispute
    (rf"\b{_RU_TIMER}\b(?:(?!защит|спор|возврат|претензи|жалоб).){{0,150}}? "
     rf"(?:время|таймер|срок)\w* {_RU_OVER}\b", "yes"),
    # the countdown read at zero, also from a copied screen: «обработка 0 д 00:00:00»
    (rf"\b(?:{_RU_TIMER}|обработк\w*)(?: заказа)?(?: (?:у )?{_RU_SELLER})?(?: (?:показывает|стоит|"
     rf"был\w*))? {ZERO_CLOCK}", "yes"),
    # the other order: «истёк срок обработки», «вышло время на отправку»
    (rf"\b{_RU_OVER}(?: \w+)? {_RU_TIMER}", "yes"),
)


# The seller's time to ship as the listing or the order gave it ("processing time was 7 days",
# «срок отправки 7 дней»), and how long the buyer has waited since paying ("ordered 3 weeks ago",
# «висит уже 12 дней»): waited longer than promised, with the order still unshipped, is time up.
_EN_NUMBER = (r"(?P<n>\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|"
              r"twenty)")
_EN_PROMISED = (
    re.compile(rf"\b(?:processing|shipping|dispatch|handling) (?:time|period|days?)(?: (?:is|was|"
               rf"of|said|says|shows|showed|stated|listed|given|promised|were))?(?: \w+)?? "
               rf"{_EN_NUMBER}(?: business| working)? (?P<unit>days?|weeks?)\b"),
    # "the seller had 7 days to ship", "ships within 5 days"
    re.compile(rf"\b(?:had|has|have|got|gets|given|was given) {_EN_NUMBER}(?: business| working)? "
               r"(?P<unit>days?|weeks?) to (?:ship|send|dispatch|post)\b"),
    # the listing's words, never the seller's own promise in the chat ("we ship in 7 days")
    re.compile(rf"\b(?:ships?|dispatch(?:es)?) within {_EN_NUMBER}(?: business| working)? "
               r"(?P<unit>days?|weeks?)\b"),
)
_EN_WAITED = (
    re.compile(rf"\b(?:ordered|paid|bought|placed|purchased)(?: \w+){{0,4}}? {_EN_NUMBER} "
               r"(?P<unit>days?|weeks?|months?) ago\b"),
    re.compile(rf"\b(?:for|it s been|its been|been|already|waiting|awaiting shipment|now) "
               rf"{_EN_NUMBER} (?P<unit>days?|weeks?|months?)\b"),
    # the day the buyer is on: "today is day 9", "it's day 11"
    re.compile(r"\b(?:today is|it is|it s|its|now|this is|we re on|we are on|on) (?P<unit>day) "
               r"(?P<n>\d{1,2})\b"),
)
_RU_ORDINALS = (r"второй|третий|четвертый|пятый|шестой|седьмой|восьмой|девятый|десятый|"
                r"одиннадцатый|двенадцатый|тринадцатый|четырнадцатый|пятнадцатый|двадцатый")
_RU_NUMBER = (r"(?P<n>\d{1,2}|один|одну|два|две|три|четыре|пять|шесть|семь|восемь|девять|десять|"
              r"двенадцать|пятнадцать|двадцать|неделю|месяц)")
_RU_PROMISED = (
    re.compile(rf"\b(?:срок|время)\w* (?:на )?(?:отправк|обработк|отгрузк)\w*(?: \w+){{0,2}}? "
               rf"{_RU_NUMBER}(?: рабочих| календарных)?(?: (?P<unit>дн\w*|день|недел\w*))?\b"),
    # «у продавца было 5 дней на отправку», «давали 7 дней на отправку», «отправка в течение 3 дней»
    re.compile(rf"\b(?:было|давали|дали|дается|есть|свои|имел) {_RU_NUMBER}(?: рабочих| "
               r"календарных)? (?P<unit>дн\w*|день|недел\w*) на (?:отправк|обработк|отгрузк)\w*"),
    # the listing's words, never the seller's own promise («обещал отправить в течение 3 дней»)
    re.compile(rf"\b(?:отправка|отгрузка) в течени\w* {_RU_NUMBER}(?: рабочих| "
               r"календарных)?(?: (?P<unit>дн\w*|день|недел\w*))?\b"),
)
_RU_WAITED = (
    re.compile(rf"\b(?:заказал\w*|оплатил\w*|купил\w*|оформил\w*)(?: \w+){{0,4}}? {_RU_NUMBER}"
               r"(?: (?P<unit>дн\w*|день|недел\w*|месяц\w*))? назад\b"),
    re.compile(rf"\b(?:уже|висит|жду|ждем|ждала|ждал|больше|прошло|прошел|прошла) {_RU_NUMBER}"
               r" (?P<unit>дн\w*|день|недел\w*|месяц\w*)\b"),
    # the day the buyer is on: «сегодня восьмой», «идет седьмой день», «уже 9 й день»
    re.compile(rf"\b(?:сегодня|идет|пошел|шел|уже|наступил) (?:уже )?(?P<n>{_RU_ORDINALS}|\d{{1,2}}"
               r"(?: й| ой)?)(?: (?P<unit>день))?\b"),
)
_WORDS = {"второй": 2, "третий": 3, "четвертый": 4, "пятый": 5, "шестой": 6, "седьмой": 7,
          "восьмой": 8, "девятый": 9, "десятый": 10, "одиннадцатый": 11, "двенадцатый": 12,
          "тринадцатый": 13, "четырнадцатый": 14, "пятнадцатый": 15, "двадцатый": 20,
          "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
          "eight": 8, "nine": 9, "ten": 10, "twelve": 12, "fifteen": 15, "twenty": 20,
          "один": 1, "одну": 1, "два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5,
          "шесть": 6, "семь": 7, "восемь": 8, "девять": 9, "десять": 10, "двенадцать": 12,
          "пятнадцать": 15, "двадцать": 20, "неделю": 1, "неделя": 1, "месяц": 1}
Readers = tuple[tuple[re.Pattern[str], ...], tuple[re.Pattern[str], ...]]
"""The seller's stated time to ship, and the ways of telling the wait since paying."""
EN_WAIT: Readers = (_EN_PROMISED, _EN_WAITED)
RU_WAIT: Readers = (_RU_PROMISED, _RU_WAITED)


def _days(found: re.Match[str]) -> int:
    """The days a match counts: its number times its unit (a bare «неделю», «месяц» is one of
    itself)."""
    number = found["n"].split()[0]
    count = int(number) if number.isdigit() else _WORDS.get(number, 0)
    unit = found["unit"] or number
    if unit.startswith(("week", "недел")):
        return count * 7
    if unit.startswith(("month", "месяц")):
        return count * 30
    if unit.startswith(("hour", "час")):
        return max(1, (count + 23) // 24)  # "dispatch within 48 hours": 2 days
    return count


def waited_past_promise(norm: str, readers: Readers | None) -> bool:
    """Whether the buyer says they have waited longer than the seller's stated time to ship
    (`readers`: a language's `*_WAIT`, as its tables name it in `PROCESSING_WAIT`)."""
    if readers is None:
        return False
    promised_at, waited_at = readers
    promised = next((found for pattern in promised_at if (found := pattern.search(norm))), None)
    if promised is None:
        return False
    rest = norm[:promised.start()] + " " + norm[promised.end():]
    waited = [_days(found) for pattern in waited_at for found in pattern.finditer(rest)]
    return bool(waited) and max(waited) > _days(promised) > 0


_CANCELLED_BY_ITSELF = re.compile(
    r"\b(?:(?:app|system|aliexpress|platform)(?: has| had)?(?: automatically| auto)? cancell?ed"
    r"|cancell?ed (?:\w+ ){0,3}?(?:automatically|by itself|on its own|itself)|auto cancell?ed"
    r"|отменил\w*(?: \w+){0,2}? (?:автоматически|автоматом|сам|сама|само)\b"
    r"|(?:автоматически|автоматом|сам|сама|само) отменил\w*|автоотмен\w*)")
"""The order cancelled by the app once the seller's time ran out: the status the app shows."""
_CLOSED = re.compile(
    r"\b(?<!if it )(?<!gets )(?<!get )(?<!be )(?:cancell?ed|closed|completed)\b"
    r"|\b(?<!не )(?:отменен\w*|отменил(?:ся|ась|ось|и)|закрыт\w*|закрыл(?:ся|ась|ось|и)|"
    r"завершен\w*|скасова\w*)")
"""An order said cancelled or closed (never a wish, a question of the future or a plea not to):
with them, an unread status is not guessed."""


def status(norm: str, found: dict[str, str]) -> str | None:
    """The order's status the run-out processing timer tells, where the rows read none or read
    the unshipped order the app has since cancelled: README's `processing_over` goes with
    `awaiting` unless the app already shows the order cancelled or closed."""
    if found.get("processing_over") != "yes":
        return None
    said = found.get("order_status")
    if said in (None, "awaiting") and _CANCELLED_BY_ITSELF.search(norm):
        return "cancelled"
    if said is None and not _CLOSED.search(norm):
        return "awaiting"
    return None
