"""Words for `processing_over`: the seller's time to ship (the processing timer) has run out.

Not buyer protection: that is `protection_left`. `EN` and `RU` are `(pattern, value)` rows read
like the rows of `facts_<lang>.FACTS` (on the normalised text: lower case, «ё» as «е», no
punctuation); `MASK` blanks look-alikes (a timer that has not run out, will, or might) so later
rows never read them.
"""

from __future__ import annotations

MASK = ""

_EN_TIMER = (r"(?:(?:processing|shipping|dispatch|handling)(?: time| timer| countdown| period|"
             r" deadline| window| days)?|(?:seller|store|shop)(?: s)? (?:timer|countdown)|"
             r"time (?:to|for) (?:ship|send|dispatch)(?:ping)?)")
_EN_OVER = (r"(?:ran out|has run out|had run out|is over|was over|has ended|had ended|ended|"
            r"expired|has expired|had expired|is up|was up|has passed|had passed|passed|"
            r"has finished|finished|hit zero|reached zero|is at zero|is gone|has elapsed|elapsed)")
_EN_NOT_YET = r"(?:almost|nearly|not|never|soon|about|going|gonna|will|would|might|may|if|yet)"

EN: tuple[tuple[str, str], ...] = (
    # a timer that has not run out, or might: "before the processing time ended", "if the
    # shipping timer runs out", "the processing time is almost over"
    (rf"\b(?:before|until|till|if|when|whether|unless|once)(?: \w+){{0,3}} {_EN_TIMER}"
     rf"(?: \w+){{0,4}} {_EN_OVER}\b", MASK),
    (rf"\b{_EN_TIMER}(?: (?!{_EN_NOT_YET}\b)\w+){{0,4}}? {_EN_OVER}\b", "yes"),
    # the other order: "ran out the processing time" is rare; "the seller missed the shipping
    # deadline" says the same
    (r"\b(?:seller|store|shop|they|he|she)(?: \w+)? (?:missed|blew|didn t meet|did not meet)"
     r" (?:the |their |his |her |its )?(?:processing|shipping|dispatch) (?:time|deadline|window)\b",
     "yes"),
)

_RU_TIMER = (r"(?:(?:таймер|срок|время|отсчет|счетчик)\w*(?: \w+)? (?:на )?(?:обработк|отправк|"
             r"отгрузк)\w*|(?:таймер|срок|время)\w* продавца|(?:обработк|отправк)\w* (?:заказа )?"
             r"(?:таймер|срок)\w*)")
_RU_OVER = (r"(?:истек|истекл[аои]|вышел|вышло|вышла|закончил(?:ся|ось|ась)|кончил(?:ся|ось|ась)|"
            r"прошел|прошло|прошла|иссяк\w*|обнулил\w*|дошел до нуля|дошло до нуля)")
_RU_NOT_YET = r"(?:не|почти|скоро|вот|будет|если|когда|пока|еще не)"

RU: tuple[tuple[str, str], ...] = (
    # a timer that has not run out, or might: «до того как истёк срок отправки», «если таймер
    # обработки истечёт», «срок обработки ещё не вышел», «почти закончился»
    (rf"(?:\bдо того как|\bесли|\bкогда|\bпока)(?: \w+){{0,3}} (?:{_RU_TIMER}(?: \w+){{0,3}} "
     rf"{_RU_OVER}|{_RU_OVER}(?: \w+){{0,2}} {_RU_TIMER})\b", MASK),
    (rf"\b(?:не|почти|еще не|вот-вот) {_RU_OVER}\b(?: \w+){{0,2}} {_RU_TIMER}", MASK),
    (rf"\b{_RU_TIMER}(?: (?!{_RU_NOT_YET}\b)\w+){{0,3}}? {_RU_OVER}\b", "yes"),
    # the other order: «истёк срок обработки», «вышло время на отправку»
    (rf"\b{_RU_OVER}(?: \w+)? {_RU_TIMER}", "yes"),
)
