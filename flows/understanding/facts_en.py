"""English fact words: the patterns `flows.understanding.facts` reads, as data.

Patterns are regular expressions over normalised text (lower case, contractions expanded:
"didn't" -> "did not"; see `flows.understanding.text`). Per fact, the first pattern that
matches decides; a value of None blocks the fact (a negation or a look-alike), so a blocker
is listed before what it blocks. Durations are read by the shared code from the unit words.
"""

from __future__ import annotations

from flows.understanding import facts_en_money as money

MASK = ""
"""A row value that blanks out what it matches and lets the next rows read the rest."""

LETTERS = "a-z"
"""The script of this language, as a regex character class (text language by script)."""

NOT = r"(?<!not )(?<!never )(?<!no )"

UNITS = {
    "hour": r"hours?|hrs?|h",
    "day": r"days?|d",
    "week": r"weeks?|wks?",
    "month": r"months?",
}
WORD_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "fifteen": 15, "twenty": 20, "thirty": 30, "couple of": 2, "a couple of": 2, "few": 3,
    "a few": 3, "one and a half": 1.5, "two and a half": 2.5, "thirteen": 13, "fourteen": 14,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "forty": 40, "fifty": 50,
    "sixty": 60, "twenty one": 21, "twenty five": 25,
}

# Time left on buyer protection: "<duration> left", "ends in <duration>", "<duration> until ...".
LEFT_AFTER = r"(?: \w+){0,3}? (?:left|remaining|remain|to go|until|till)\b"
LEFT_BEFORE = (r"\b(?:in|within|another|only|just|still|left|remaining|ends in|expires in"
               r"|closes in|countdown(?: \w+)?|timer(?: \w+)?|protection(?: \w+)?)"
               r"(?: (?:is|says|shows|at|has|of|for|only|just))* $")
ENDS_ON = r"\b(?:ends|expires|ending|runs out|closes|until|till)(?: on)? (?P<date>.+)$"

PROTECTION_ENDED = (
    r"\b(?:timer|countdown|protection|clock)\w*(?: \w+){0,3} (?:hit|reached|is at|went to) "
    r"(?:zero|0)",
    r"\b(?:protection|timer|countdown)(?: \w+){0,2} (?:has |had |already )*"
    r"(?:ended|expired|run out|ran out|over|finished|gone|closed)",
    r"\b(?:protection|timer|countdown) (?:is|was) (?:already )?(?:over|ended|expired|gone)",
    r"\bno (?:more )?(?:countdown|timer|protection) left\b",
    r"\b(?:protection|timer|countdown) (?:period |time |window )?(?:is |was |has )?(?:already )?"
    r"(?:done|up|finished|expired|ended|over)\b",
    r"\b(?:too late|missed the deadline) (?:for|to open) (?:a |the )?dispute",
)
OTHER_TIMER = (r"\b(?:processing|process|shipping|ship|shipment|dispatch|handling|seller'?s?|"
               r"store'?s?|delivery)\b")
"""A timer named by these words is the seller's or the carrier's, not buyer protection."""
UNIT_ALONE = r"(?!x)(x)(x)"
"""English says "a week", a number word; no unit stands alone."""
PROTECTION_SOON = (
    r"\b(?:protection|timer|countdown|deadline)(?: \w+){0,2} (?:ends|expires|runs out|is up)"
    r" (?:today|tomorrow|tonight)",
    r"\b(?:ends|expires|runs out) (?:today|tomorrow|tonight)",
    r"\blast day (?:of|for|to)\b",
    r"\bonly hours left\b",
)
PROTECTION_WORDS = r"protection|countdown|timer|deadline|left|remaining|ends|expires"
NOT_PROTECTION = (r"\b(?:awaiting shipment|shipping (?:timer|countdown)|ship (?:timer|countdown)|"
                  r"countdown to ship|processing (?:time|timer|countdown)|(?:not|never) (?:been )?"
                  r"shipped|has not shipped|did not ship)\b")
"""A countdown in these words is the seller's time to ship, unless protection is named."""
PROTECTION_NAMED = r"\bprotection\b"
OTHER_CLOCK_BEFORE = (r"\b(?:seller|store|shop|he|she|they)(?: \w+){0,2} (?:has|have|gets|got|"
                      r"is given)(?: \w+){0,2}? $|\b(?:ships|will (?:ship|arrive|come|be delivered|"
                      r"be refunded|deliver|send)|should (?:arrive|come|ship|be delivered)|arrives|"
                      r"delivery|deliver|dispatch|shipping takes|takes|will take|refund(?: will)?"
                      r"(?: come)?|money back)(?: \w+)? (?:in|within) $")
OTHER_CLOCK_AFTER = (r"^(?: \w+){0,2}? (?:for (?:the )?seller )?to (?:respond|reply|answer|ship|se"
                     r"nd|accept|process|decide|confirm|react)")
"""A duration that is someone else's time: "the seller has 5 days left to respond"."""
HYPOTHETICAL = (r"\b(?:when|if|once|at|remind me|alert me|notify me|reminders?|alerts?)"
                r"(?: \w+){0,2} $|\bextend\w*(?: \w+){0,3} $")
"""Words right before a duration that make it a wish, not the time left ("when 3 days left")."""

QUIET = (
    r"\blast (?:updated|moved|changed|scanned)(?: \w+){0,4}? (?P<n>{n}) (?P<unit>{unit}) ago",
    r"\bno (?:progress|activity|new scans?|new info\w*)(?: \w+){0,3}? (?:for|in|"
    r"since)(?: the last| the "
    r"past| over| about| almost| more than)? (?P<n>{n}) (?P<unit>{unit})",
    r"\b(?P<n>{n}) (?P<unit>{unit}) of (?:silence|no (?:updates?|movement|news|progress)|nothing)",
    r"\b(?P<n>{n}) (?P<unit>{unit}) (?:with )?(?:zero|no|0) (?:new )?(?:tracking )?(?:updates?|"
    r"movement|changes?|"
    r"scans?|events?)",
    r"\b(?:tracking|status|parcel|package)(?: \w+){0,2} (?:has been |was |is )?(?:dead|unchanged|"
    r"silent|quiet|frozen|stuck)(?: \w+){0,1} (?:for|since)(?: the last| the past| over|"
    r" about| almost|"
    r" more than)? (?P<n>{n}) (?P<unit>{unit})",
    r"\b(?:went|gone|been) (?:quiet|silent|dead)(?: \w+){0,2}? (?P<n>{n}) (?P<unit>{unit}) ago",
    r"\b(?:stuck|sitting|held|lying) (?:in|at) (?:the )?(?:customs|sorting \w+|warehouse|"
    r"hub)(?: \w+)? "
    r"(?P<n>{n}) (?P<unit>{unit})\b(?! ago| left)",
    r"\b(?:been|is|was|sitting|lying|waiting|held|stuck|remained|remains|"
    r"stayed)(?: \w+)? (?:at|in) "
    r"(?:the |a )?(?:customs|sorting|warehouse|hub|depot|facility|distribution|export|import)"
    r"(?: (?!protection|countdown|timer|left)\w+){0,3}? (?:for|since)(?: the last| the past|"
    r" over| about| almost| nearly| more than)? "
    r"(?P<n>{n}) (?P<unit>{unit})",
    r"\b(?P<n>{n}) (?P<unit>{unit})(?: now)? since (?:the |its )?(?:last|"
    r"latest) (?:tracking )?(?:update|"
    r"scan|movement|event|change|status)",
    r"\b(?P<n>{n}) (?P<unit>{unit}) now (?:without|with no|no) (?:any )?(?:tracking )?(?:updates?|"
    r"movement|changes?|scans?)",
    r"\b(?:shows?|showed|shown|says?|said|has|had) (?:nothing|no (?:info\w*|"
    r"data))(?: new)?(?: \w+){0,2}? "
    r"(?:for|in|since)(?: the last| over| about| almost| more than)? (?P<n>{n}) (?P<unit>{unit})",
    r"\b(?:shows?|showed|shown|says?|said) (?:the )?same (?:thing|status|location|place|update)"
    r"(?: \w+){0,2}? (?:for|in|since)(?: the last| the past| past| over| about| almost|"
    r" nearly| more than| at least)? (?P<n>{n}) (?P<unit>{unit})",
    r"\bno (?:tracking |track )?(?:updates?|movement|changes?|info(?:rmation)?|news|scans?|events?)"
    r"(?: \w+){0,3}? "
    r"(?:for|in|since)(?: the last| the past| past| over| about| almost| nearly| more than|"
    r" at least)? (?P<n>{n}) (?P<unit>{unit})",
    r"\bno (?:tracking|track) (?:for|in|since)(?: the last| the past| past| over| about|"
    r" almost| nearly| more than| at least)? (?P<n>{n}) (?P<unit>{unit})",
    r"\b(?:not|never) (?:been )?(?:updated|moved|moving|changed|updating)(?: \w+){0,2}? "
    r"(?:for|in|since)(?: the last| the past| past| over| about| almost| nearly| more than|"
    r" at least)? (?P<n>{n}) (?P<unit>{unit})",
    r"\b(?:stuck|sitting|frozen)(?: (?!protection|countdown|timer|left)\w+){0,6}? (?:for|since)(?:"
    r" about| over| almost| more than)?"
    r" (?P<n>{n}) (?P<unit>{unit})",
    r"\b(?P<n>{n}) (?P<unit>{unit}) (?:without|with no|no) (?:any )?(?:tracking )?"
    r"(?:updates?|movement|changes?|info)",
    r"\b(?:last|latest) (?:tracking )?update (?:was )?(?P<n>{n}) (?P<unit>{unit}) ago",
    r"\bstopped (?:updating|moving|changing)(?: \w+){0,2}? (?:for |since )?(?P<n>{n}) (?P<unit>{un"
    r"it})",
    r"\bnothing (?:new )?(?:on|in) (?:the )?(?:17)?track\w*(?: (?:site|page|number))? (?:for|in|"
    r"since)(?: the last| the past| past| over| about| almost| nearly| more than| at least)? "
    r"(?P<n>{n}) (?P<unit>{unit})",
    r"\b(?:nothing new|same (?:tracking )?(?:status|update|location|place))(?: \w+){0,3}? "
    r"(?:for|in|since)(?: the last| the past| past| over| about| almost| nearly| more than|"
    r" at least)? (?P<n>{n}) (?P<unit>{unit})",
    # moving once, then silent: "it was moving until 12 days ago", "then nothing for 16 days"
    r"\b(?:moving|updating|updated|moved)(?: \w+){0,2}? (?:until|till|up to|up until) (?P<n>{n}) "
    r"(?P<unit>{unit}) ago",
    r"\b(?:then|and then|since then|after that|but then) nothing(?: new)? (?:for|in)(?: the last| t"
    r"he past| over| about| almost| nearly| more than)? (?P<n>{n}) (?P<unit>{unit})",
    # A place reached, then silence: "reached customs 3 weeks ago and nothing since"
    r"\b(?P<n>{n}) (?P<unit>{unit}) ago(?: \w+){0,7}? (?:and |but |then )?(?:nothing|"
    r"no (?:updates?|"
    r"movement|news|changes?|info\w*)|silence|not (?:moved|updated|changed))(?: \w+){0,2}? "
    r"(?:since|after)\b",
    r"\bno (?:tracking )?(?:updates?|movement|changes?|scans?|news) (?P<n>{n}) (?P<unit>{unit})\b"
    r"(?! ago| left| to)",
    r"\b(?:has not|had not|have not|did not) (?:had|got|gotten|received|shown) (?:any |a )?(?:new )"
    r"?(?:scans?|updates?|movement|events?|info\w*)(?: \w+){0,2}? (?:for|in|since)(?: over| about|"
    r" almost| more than)? (?P<n>{n}) (?P<unit>{unit})",
    r"\b(?:silent|silence|quiet|no sign of life)(?: \w+){0,2}? (?:for|in|since)(?: the last| over|"
    r" about| almost| more than)? (?P<n>{n}) (?P<unit>{unit})",
    r"\b(?:last|latest|final) (?:tracking )?(?:update|one|movement|scan|status|event|change|entry|"
    r"info\w*)(?: \w+){0,5}? (?:was |came |is from |dated )?(?P<n>{n}) (?P<unit>{unit}) ago",
    r"\b(?:tracking|parcel|package|it|status) (?:\w+ ){0,3}?(?:stopped|froze|stalled|got stuck)"
    r"(?: (?:updating|moving|changing))?(?: \w+){0,2}? (?P<n>{n}) (?P<unit>{unit}) ago",
    r"\b(?:has not|had not|did not|have not|not|never) (?:been )?(?:moved|updated|changed|"
    r"budged)(?: \w+){0,3}? (?:in|for) (?:over |more than |almost |"
    r"about )?(?P<n>{n}) (?P<unit>{unit})",
)

QUIET_NOT_AFTER = (r"\b(?:ordered|paid|bought|purchased|placed|dispute|claim|refund|money|seller|"
                   r"escalation)\b(?: \w+){0,2} $")
"""A duration after these words is the order's age, not the tracking's silence."""
NOT_A_COUNT = r"(?!x)x"
"""English counts every unit ("a week", "one month"): no unit stands alone to be named."""

UI_STATUS = {"payment being verified": "verifying", "awaiting shipment": "awaiting",
             "shipped": "shipped", "awaiting delivery": "shipped", "in transit": "shipped",
             "completed": "completed", "finished": "completed", "closed": "completed",
             "cancelled": "cancelled", "canceled": "cancelled"}
"""The order statuses as the app shows them; quoted in a message, they are the order's."""
NOT_ORDER_STATUS = r"\b(?:refund|dispute|return|claim|payment|money)\w*\W+(?:\w+\W+)?$"
"""Words right before a quoted status that make it another thing's ("refund 'Completed'")."""
CARD_RENEWED = r"expir|reissu|replac|new card|validity|renewed|swapped|different card"
"""A card that expired or was replaced, not merely closed with its bank."""
BUSINESS_DAYS = r"business days?|working days?|work days?|workdays?|weekdays?|bank days?"
"""Units that are already business days ("12 working days")."""
_APPROVED = (r"(?:approved|accepted|confirmed|granted|issued|processed|refunded|completed|"
             r"was won|won)")
REFUND_DAYS = (
    rf"\b(?:refund|it|money|dispute|claim)\w*(?: \w+){{0,3}}? (?:was |got |has been |were |is )?"
    rf"{_APPROVED}(?: \w+){{0,2}}? (?P<n>{{n}}) (?P<unit>{{unit}}) ago\b",
    rf"\b(?P<n>{{n}}) (?P<unit>{{unit}})(?: \w+){{0,3}}? (?:since|after) (?:the |my |they |"
    rf"aliexpress )?"
    rf"(?:refund (?:was |got |has been )?{_APPROVED}|{_APPROVED}|approval|refund approval|"
    r"the decision|decision)",
    rf"\b(?:refund|it) (?:was |got |has been )?{_APPROVED} (?:for |over )?(?P<n>{{n}}) "
    r"(?P<unit>business days?|working days?) (?:now|already)\b",
)
"""Time since the refund was approved: "refund approved 12 business days ago"."""

# The buyer's own payment, told in the past: not a seller asking to be paid some way.
PAID = (r"(?:^(?:bought|purchased|used)(?: it| this| them)?|\b(?:(?:i|we|had) (?:have )?"
        r"(?:paid|payed|used to pay)|(?<!asks me to )(?<!wants me to )"
        r"paid|payed|(?:payment|order) (?:was|is|has been) (?:made|paid|done)|(?:i|we) "
        r"(?:bought|purchased|ordered|used)(?: it| this| them)?))")

FACTS: dict[str, tuple[tuple[str, str | None], ...]] = {
    "order_status": (
        (r"\b(?:refund|money|dispute|return)\w*(?: \w+){0,2} (?:completed|finished|closed)", MASK),
        # the status as it changed: "status changed to Completed", "it now says completed"
        (r"^(?!.*\b(?:refund|dispute|return|claim|money)\b).*(?:\b(?:status|order|it)(?: \w+){0,2} "
         r"(?:changed|switched|went|moved|turned|updated) to (?:status )?|\b(?:it|order|status) (?:"
         r"now )?(?:says|shows) (?:as )?)(?:completed|finished|closed)\b", "completed"),
        (r"\b(?:status|order|it)(?: \w+){0,2} (?:changed|switched|went|moved|turned|updated) to "
         r"(?:status )?(?:shipped|in transit|awaiting delivery)\b", "shipped"),
        (r"\b(?:status|order|it)(?: \w+){0,2} (?:changed|switched|went|moved|turned|updated) to "
         r"(?:status )?cancell?ed\b|^cancell?ed by (?:the )?(?:seller|store|aliexpress|system)\b|"
         r"\b(?:seller|store|shop) (?:has )?(?:just )?cancell?ed\b(?! (?:the |my )?(?:dispute|refun"
         r"d|claim|return))", "cancelled"),
        # The latest stage wins: "shipped a month ago, now Completed" is completed
        (r"\b(?:order|status)(?: \w+){0,2} (?:is |was |says |shows |became |got |has been )+(?:now "
         r")?"
         r"(?:completed|finished|closed)\b|\border (?:was |got |has been )?(?:auto |automatically "
         r")?(?:completed|finished)\b", "completed"),
        (r"\b(?:order )?status (?:now )?(?:completed|finished|closed)\b|\b(?:order|"
         r"it) (?:was |got |is )?"
         r"marked (?:as )?(?:completed|finished)\b", "completed"),
        (r"\border (?:was |got |has been |is )?(?:automatically |auto )?cancell?ed\b|"
         r"\b(?:aliexpress|ali|"
         r"the system|system|platform) (?:has )?(?:automatically |auto )?cancell?ed (?:my |"
         r"the |our )?order", "cancelled"),
        (r"\b(?:order|it|status)(?: \w+){0,2} (?:is |was |has been |got )+(?:already )?"
         r"(?:cancell?ed)\b", "cancelled"),
        (r"\b(?:seller|they|i) (?:has |have )?cancell?ed (?:my |the )?order", "cancelled"),
        (r"\b(?:dispute|resend|new item|again|marked|tracking|track)\b(?: \w+)* (?:did|has|have|"
         r"does) not (?:yet )?(?:send|sent)\b|\b(?:never|not) (?:sent|send) (?:anything|the new)",
         MASK),
        # Not sent, but not the order: a refund, a replacement, a number, the buyer's return.
        (r"\b(?:refund|money|return|replacement|tracking|track|message|reply|photos?|videos?|parts"
         r"?|"
         r"code|invoice|new one)\w*(?: \w+){0,3} (?:not|never) (?:been |yet )?(?:sent|shipped|post"
         r"ed)|"
         r"\b(?:not|never) (?:yet )?(?:send|sent|ship|shipped|post|posted)(?: me| back)? (?:the |a"
         r" |an |any |my )?(?!no )(?:\w+ )?(?:refund|money|replacement|tracking|track|message|repl"
         r"y|photos?|videos?|"
         r"parts?|code|invoice|return|new one|missing)\b|\b(?:i|we) (?:have |had )?(?:not|never) "
         r"(?:yet )?(?:sent|send|shipped|ship|posted)\b", MASK),
        # "shipped the wrong item" is about the item, not the order's status
        (r"\b(?:shipped|sent)(?: me)? (?:the |a |an )?(?:wrong|different|broken|fake|damaged|used|"
         r"defective)\b", MASK),
        (r"\bpayment (?:is )?(?:still )?(?:being |under )?verif|\bpayment (?:is )?(?:still )?under "
         r"review\b|\bverifying (?:the )?payment", "verifying"),
        # the status as the app shows it wins over "but he never sent it": the screens ask by it
        (r"\b(?:status|order|it|app)(?: \w+){0,2} (?:is |says |shows |marked (?:as )?|is marked "
         r"(?:as )?)+(?:now |still )?(?:shipped|awaiting delivery|in transit)\b", "shipped"),
        (r"\bunshipped\b|\bnothing (?:has been |was )?(?:shipped|dispatched) yet\b", "awaiting"),
        (r"\bawaiting (?:shipment|dispatch)\b|\bwaiting (?:for|to be) (?:shipment|shipped)",
         "awaiting"),
        (r"\b(?:not|never) (?:been |yet )?(?:shipped|sent|dispatched|posted)\b", "awaiting"),
        (r"\b(?:did|has|have|does) not (?:yet )?(?:ship|send|dispatch|post)\b", "awaiting"),
        (r"\bmarked (?:it |the order |my order |the parcel )?(?:as )?(?:shipped|sent|dispatched)\b|"
         r"\b(?:seller|store|shop|"
         r"they|he|she) (?:has |have )?(?:already )?(?:sent|posted|mailed) (?:it|"
         r"the (?:parcel|package|"
         r"order|item)|my (?:order|parcel|package))\b(?! back)", "shipped"),
        (r"\bawaiting delivery\b|\bin transit\b|\bstatus (?:is |says |shows )?(?:now )?shipped\b|"
         r"\b(?:shipped|dispatched|sent out) (?:it )?on (?:the )?(?:\d|\w+ \d)", "shipped"),
        (r"\b(?:status|it|order|parcel|package|item)(?: \w+){0,2} (?:is |was |says |shows |"
         r"has been |been |marked as |marked )+(?:already )?(?:shipped|sent|dispatched)\b",
         "shipped"),
        (r"\b(?:seller|they|he|she) (?:has |have )?(?:already )?(?:shipped|dispatched)\b",
         "shipped"),
        (r"^(?:my |the )?order (?:was |has been |got )?(?:already )?"
         r"(?:shipped|dispatched)\b(?! to)",
         "shipped"),
        (r"\b\"?shipped\"? status\b|^shipped$|\bshipped (?:it )?(?:\w+ )?(?:\d+|a|one|two|"
         r"three|four|five) (?:days?|weeks?|months?) ago", "shipped"),
    ),
    "tracking": (
        (r"\b(?:never|not|does not|did not) (?:say|says|show|shows|marked)(?: \w+){0,2} delivered",
         None),
        # At the post office or a pickup point is in the country, not "delivered" to the buyer
        (r"^(?!.*\b(?:not|never|yet to)(?: yet| even| been)? (?:delivered|arrived|come|came)\b)"
         r".*\b(?:delivered|arrived|came) (?:to|at|in) (?:the |my |a )?(?:local )?(?:post office|"
         r"pick ?up (?:point|location|station)|parcel (?:locker|terminal)|collection point)|"
         r"\b(?:awaiting|ready for|waiting for) (?:pick ?up|collection)\b|\bout for delivery\b",
         "in_country"),
        # "Delivered" and the buyer has it: the tracking is not the problem
        (r"\bdelivered\b(?: \w+){0,4} (?:and |but )?(?:i|we) (?:have |did )?(?:got|get|received|"
         r"picked up) (?:it|them|the (?:parcel|package|item|order|box))\b", None),
        (r"\b(?:says|shows|marked(?: as)?|status)(?: \w+){0,2} \"?delivered\"?(?: \w+){0,4} "
         r"(?:but|yet|though|however)(?: \w+){0,3} (?:not|never|nothing|no)\b", "delivered"),
        (r"\bdelivered(?: \w+){0,3}? (?:but|yet) (?:i |it )?(?:have |has |did |was )?(?:not|never|"
         r"nothing)", "delivered"),
        (r"^(?!.*\b(?:not|never|yet to)(?: yet| even| been)? delivered\b)(?=.*\b(?:track\w*|"
         r"app|status|says|shows|marked|according)\b).*\bdelivered\b(?: \w+){0,6}? (?:but |"
         r"and )?(?:nobody|no one|"
         r"not received|empty|nothing|never (?:got|received)|i (?:have not|did not) (?:got|"
         r"get|receive))",
         "delivered"),
        (r"\b(?:says|shows) (?:it was |it is |it has been )?delivered\b|\b(?:marked|shows?|"
         r"says?|status|"
         r"tracking)(?: as)?(?: \w+){0,2} (?<!not )delivered\b(?: \w+){0,4}? (?:but |and |"
         r"yet )?(?:i |we )?"
         r"(?:never|nothing|no|have not|did not|has not)\b", "delivered"),
        (r"\bno (?:tracking|track) info(?:rmation)?\b(?! yet)|\btrack\w*(?: number)?(?: \w+){0,2} "
         r"(?:says|shows) no (?:info|information|data)\b", "dead"),
        (r"\bno (?:tracking|track) (?:for|in|since) ", None),
        # Nothing yet is too early to call: a number often shows nothing for the first days
        (r"\bno (?:tracking|track)(?: number| code| info\w*| updates?)? yet\b|\btrack\w*(?: "
         r"\w+){0,4}"
         r" (?:not|no) (?:\w+ )?yet\b|\b(?:not|no) (?:valid|active|working|showing|updated|"
         r"info\w*) yet\b|\byet to (?:ship|send|dispatch)", None),
        (r"\bno (?:tracking|track)(?: number| code)?\b(?! updates?| movement| changes?| info)|"
         r"\bwithout (?:a )?tracking\b(?! updates?)|\buntracked\b|\b(?:i|we) (?:do not|did not|neve"
         r"r) "
         r"(?:have|had|got) (?:a |the |any )?track\w*(?: number| code| no)?+\b(?! yet| updates?| in"
         r"fo)",
         "no_tracking"),
        (r"\b(?:(?:did|does|has|have) not|never) (?:give|gave|send|sent|provide|provided|get|got|"
         r"receive|received)(?: me)? (?:a |the |any )?track", "no_tracking"),
        (r"\btrack\w*(?: number| code| no)? (?:is |was )?(?:not |never )?(?:found|invalid|"
         r"does not work|not working|doesnt work|is dead|dead|not valid)\b", "dead"),
        (r"\btrack\w*(?: number| code)?(?: that| which)? (?:does not|did not|can not|will not) "
         r"(?:work|show|exist)|\btrack\w*(?: number| code)? "
         r"(?:has )?never (?:updated|moved|changed|showed anything)\b|"
         r"\b(?:can not|could not) find (?:the |my )?track", "dead"),
        (r"\btrack\w*(?: number| code)?(?: \w+){0,2} (?:shows|says|has) (?:nothing(?! new)|no info)"
         r"|\bnever worked\b", "dead"),
        (r"\btrack\w*(?: number| link| page)?(?: \w+){0,2} (?:gives|shows|returns) (?:an |me an )?"
         r"error\b|\b(?:says|shows) (?:not found|no information) (?:on|in|at) (?:17track|cainiao|th"
         r"e carrier|the post)|\b(?:17track|cainiao)(?: \w+){0,2} (?:says|shows) (?:no information|"
         r"nothing|not found)", "dead"),
        (r"\b(?:17track|carrier|courier|post office|tracking (?:site|website|page|"
         r"link))\w*(?: \w+){0,2} "
         r"(?:can not|could not|does not|did not) find\b|\btrack\w*(?: number| link|"
         r" page)? (?:is |shows? |"
         r"comes up |says )?(?:completely |totally )?empty\b|\btrack\w*(?: \w+){0,2} (?:says|"
         r"shows) (?:not "
         r"found|invalid|no data)\b|\bno (?:info\w*|data) (?:at all )?(?:on|for|"
         r"about) (?:the |my |this )?"
         r"track", "dead"),
        # Not there yet: "it has not reached my country", "hasn't cleared customs"
        (r"\b(?:not|never|yet to)(?: yet| even| been)? (?:reached|arrived (?:in|at)|got "
         r"(?:to|into)|entered|in (?:my|our|the)|cleared|passed)\b", None),
        # Customs in the sending country says nothing about the parcel being near
        (r"\bexport\w*(?: \w+){0,2} customs|\bcustoms(?: \w+){0,4} (?:in|from|of) (?:china|the "
         r"(?:country of )?origin|origin|export)\b", None),
        # In the country but stuck, with no number of days, is stalled or dead: say nothing
        (r"\b(?:not|stopped|never) (?:been )?(?:moving|moved|updat\w*)\b|\bstuck\b|\bno "
         r"(?:more )?(?:updates?|movement|news|changes?)\b|\bnothing (?:new )?since\b|"
         r"\bsilen(?:t|ce)\b|\bfrozen\b|\bsame (?:status|place|location)\b", None),
        (r"\bcustoms (?:clearance )?(?:is |was |has been )?(?:cleared|completed|done|passed)|"
         r"\bcleared customs\b", "in_country"),
        # a service that does not work in my country says nothing about a parcel
        (r"\b(?:work|works|working|available|allowed|banned|blocked|sanction\w*|operate\w*)"
         r"(?: \w+){0,2} in (?:my|our) country\b", MASK),
        (r"\b(?:in|reached|arrived (?:in|at)|got to|entered) (?:my|our|the destination|"
         r"destination|the receiving|receiving) (?:country|city)\b", "in_country"),
        (r"\bhanded (?:over )?to (?:the )?(?:local|last mile|domestic|national) (?:courier|"
         r"carrier|post|"
         r"delivery)|\b(?:arrived|reached|at|in) (?:the )?destination (?:sorting|distribution|"
         r"delivery|processing) (?:center|centre|facility|hub)", "in_country"),
        (r"\b(?:handed (?:over )?to|with|at|arrived at|received by|now at) (?:the )?(?:usps|royal m"
         r"ail|"
         r"canada post|australia post|la poste|correos|poste italiane|deutsche post|inpost|evri|"
         r"nova poshta|russian post|posti|postnord|an post)\b", "in_country"),
        (r"\barrived in (?:the )?(?:us|usa|uk|germany|france|spain|italy|poland|canada|"
         r"australia|russia|ukraine|kazakhstan|belarus)\b", "in_country"),
        (r"\b(?:is|arrived|waiting|sitting|lying|been) (?:at|in) (?:the |my )?(?:local )?"
         r"(?:post office|sorting (?:center|centre) in my)\b|\bin (?:the |my )?local post office\b",
         "in_country"),
        (r"\btrack\w*(?: \w+){0,2} (?:not|never|stopped|has not been|is not|was not) "
         r"(?:moving|updat)", None),
        (r"\btrack\w*(?: \w+){0,2} (?:is |keeps )?(?:moving|updating|updates? (?:every|daily|"
         r"normally|regularly))", "moving"),
        (r"\bnew scans? (?:every ?day|daily|today|every few days)|\bgot (?:a )?new scans?\b|"
         r"\bin transit and (?:updating|moving)\b|"
         r"\b(?:it|parcel|package|order) is (?:still )?moving\b|\b(?:it|parcel|package|"
         r"tracking) keeps "
         r"(?:moving|updating)\b", "moving"),
        # A step that is movement itself; "in transit for a month" may be stuck: say nothing
        (r"^(?!.*\b(?:ago|since|for|stuck|not|no)\b)(?!.*\d).*\b(?:left|departed(?: from)?) "
         r"(?:the )?(?:sorting|transit|distribution) (?:center|centre|facility|hub)", "moving"),
    ),
    "problem": (
        *money.PROBLEM_FIRST,
        # A question or a worry is not a problem the buyer has: "what if it doesn't work?"
        (r"^(?:and |but |so )?(?:what )?if\b|\bwhat (?:if|happens if|do i do if)\b|\bin case\b|"
         r"^(?:is|was) it (?:fake|original|real|genuine)\b", None),
        (r"\b(?:track\w*|apps?|application|site|website|page|links?|codes?|upload\w*|cancel\w*|"
         r"qiwi|wallet|cards?|bank|coupons?|promo\w*|payment|button to|videos?|photos?|webmoney|"
         r"yoomoney|paypal|skrill)\b(?: \w+){0,3} "
         r"(?:(?:does not|do not|not|did not|is not|will not|can not) work|stopped (?:working|"
         r"operating))",
         MASK),
        (r"\bfake (?:track|seller|store|shop|support|listing|review|proof|photo|delivery|"
         r"aliexpress|courier|sms|text|message|link|website|site|email|e mail|call|notification|"
         r"customs|fee|payment|refund|dispute|account|page|agent)|"
         r"\btrack\w*(?: \w+){0,3} (?:is |was |looks )?fake|\b(?:how|avoid|spot|tell if|check if)"
         r"(?: \w+){0,6} fake", MASK),
        # disliking the quality or material is a complaint about the item, not a change of mind
        (r"\b(?:do not|does not|did not) (?:really )?like the (?:quality|material|fabric|smell|bui"
         r"ld|finish|workmanship)\b", MASK),
        # a change of mind before anything arrived is a cancellation, not a problem with an item
        (r"^(?!.*\b(?:arrived|received|came|got it|got them|delivered)\b)(?=.*\bcancel).*\b(?:"
         r"changed my mind|(?:do not|no longer) (?:want|need)|do not like|cheaper)", None),
        (r"\b(?:do not|does not|did not) (?:really )?like (?:it|them|the|this|how)|"
         r"\bnot happy with (?:the )?(?:colou?r|look|style)", "remorse"),
        (r"\b(?:just |simply )?(?:do not|no longer) (?:want|need) (?:it|them) any ?more\b|"
         r"\bchanged my mind\b|\b(?:does not|do not) suit (?:me|my|the)\b|\b(?:does not|do not) mat"
         r"ch (?:my|the) "
         r"(?:interior|room|style|decor|outfit)", "remorse"),
        (r"\b(?:i )?ordered (?:the |a )?wrong\b|\bwrong \w+ ordered\b", MASK),
        # a colour or size unlike the photo is the listing's fault, not another variant sent
        (r"\b(?:colou?r|size|shade)(?: \w+){0,3} (?:is |was |looks )?(?:different|differs|not the "
         r"same) "
         r"(?:from|than|as) (?:the |in the |on the )?(?:photos?|pictures?|listing|description|ad|w"
         r"ebsite)|"
         r"\bdifferent (?:colou?r|shade|size) (?:from|than) (?:the |in the |on the )?(?:photos?|pi"
         r"ctures?|listing|description|ad|website)", "not_as_described"),
        (r"\bwrong (?:size|colou?r|variant|version|shade)|\b(?:size|colou?r) (?:is |was )?wrong|"
         r"\bdifferent (?:size|colou?r|variant|shade)|\b(?:a |the )?(?:black|white|red|blue|"
         r"green|yellow|grey|gray|pink|purple|orange|brown|beige|silver|gold|"
         r"navy) (?:one )?instead of (?:the |a )?"
         r"(?:black|white|red|blue|green|yellow|grey|gray|pink|purple|orange|brown|beige|"
         r"silver|gold|navy)\b|\bordered (?:a |the |size |an? )?(?:(?:xxs|xs|s|m|l|xl|xxl|"
         r"xxxl|[2-5]xl|\d{2}(?:\.5)?)|(?:black|white|red|blue|green|yellow|grey|gray|pink|"
         r"purple|orange|brown|beige|silver|gold|navy))\b(?: \w+){0,2}? (?:and |but )?"
         r"(?:got|received|came|sent me|they sent) (?:a |an |size )?(?:(?:xxs|xs|s|m|l|xl|xxl|"
         r"xxxl|[2-5]xl|\d{2}(?:\.5)?)|(?:black|white|red|blue|green|yellow|grey|gray|pink|"
         r"purple|orange|brown|beige|silver|gold|navy))\b|\binstead of "
         r"(?:size )?(?:xxs|xs|s|m|l|xl|xxl|xxxl|[2-5]xl|\d{2}(?:\.5)?)\b", "wrong_size"),
        # the variant sent, then the one ordered: "they sent me a blue one, i ordered black"
        (r"\b(?:sent|got|received|came)(?: me)? (?:a |an |the |in )?(?:size )?(?:black|white|red|bl"
         r"ue|green|yellow|grey|gray|pink|purple|orange|brown|beige|silver|gold|navy|xxs|xs|"
         r"xl|xxl|xxxl|[2-5]xl)\b(?: \w+){0,3}? (?:but |and |when |while |though |although )?"
         r"(?:i|we) (?:have )?(?:ordered|chose|picked|selected|wanted|paid for) (?:a |an |the |size"
         r" )?"
         r"(?:black|white|red|blue|green|yellow|grey|gray|pink|purple|orange|brown|beige|silver|gol"
         r"d|navy|xxs|xs|s|m|l|xl|xxl|xxxl|[2-5]xl)\b", "wrong_size"),
        # "too small" alone may be another size sent or a size chart that lies: say nothing
        (r"\b(?:missing|no) (?:parts?|pieces?|screws?|cables?|charger|chargers|accessor\w+|"
         r"remote|batter(?:y|ies)|manual|adapter|plug|lid|strap|cap|stand|bolts?|nuts?|"
         r"brush(?:es)?|lens(?:es)?|mount)\b|\b(?:one |a |the |two |some |all )?(?:parts?|"
         r"pieces?|screws?|cables?|charger|chargers|accessor\w+|remote|batter(?:y|ies)|manual|"
         r"adapter|plug|lid|strap|cap|stand|bolts?|nuts?|brush(?:es)?|lens(?:es)?|mount) "
         r"(?:are |were |is |was )?(?:missing|not included)|\bincomplete set\b|\b(?:set|kit|package"
         r"|box) (?:is |was |came )?"
         r"incomplete\b|\b(?:parts?|"
         r"pieces?|screws?|cables?|charger|chargers|accessor\w+|remote|batter(?:y|ies)|manual|"
         r"adapter|plug|lid|strap|cap|stand|bolts?|nuts?|brush(?:es)?|lens(?:es)?|"
         r"mount) (?:was|were|"
         r"is|are) not in (?:the )?(?:box|package|parcel|set)|\bno (?:parts?|pieces?|screws?|"
         r"cables?|charger|chargers|accessor\w+|remote|batter(?:y|ies)|manual|adapter|plug|"
         r"lid|strap|cap|stand|bolts?|nuts?|brush(?:es)?|lens(?:es)?|"
         r"mount) in (?:the )?(?:box|package|"
         r"parcel|set)|\b(?:came|arrived|sent|shipped|was|box|package)(?: \w+){0,2}? without (?:the"
         r" |a |an |any )?(?:parts?|pieces?|screws?|cables?|charger|remote|batter(?:y|ies)|manual|"
         r"adapter|plug|lid|strap|stand|lens(?:es)?|mount|accessor\w+)\b",
         "missing_parts"),
        (r"(?<!not )(?<!not a )(?<!no )\bfake\b|\bcounterfeit|\breplica\b|"
         r"\bnot (?:an? )?(?:original|genuine|authentic)\b|\bknock ?off\b|\bcheap (?:copy|"
         r"imitation|"
         r"clone)\b|\bnot (?:the |a )?real (?:brand|one|thing)\b|\bnot the brand\b", "fake"),
        (r"\bnot (?:as|like) (?:described|pictured|advertised|shown|in the (?:photo|picture)s?)|"
         r"\bruns? (?:small|big|large)\b|\b(?:smaller|bigger|larger) than (?:the )?size (?:chart|g"
         r"uide)|"
         r"\bsize (?:chart|guide)(?: \w+){0,2} (?:is |was )?(?:wrong|off|incorrect|lies|fake)\b|"
         r"\b(?:does not|did not) match (?:the )?(?:description|listing|photos?|pictures?)|"
         r"\bdifferent (?:from|than) (?:the )?(?:description|listing|photos?|pictures?)|"
         r"\bnothing like (?:the |in the )?(?:description|listing|photos?|pictures?|ad)\b|"
         r"\bnothing like (?:described|advertised|pictured|shown)\b|\bnot (?:the same|like|look"
         r"ing like) (?:as )?(?:in |on )?(?:the )?(?:photos?|pictures?|listing|description)\b|"
         r"\b(?:smaller|bigger|larger|thinner|weaker|shorter|lighter) than (?:described|advertised|"
         r"shown|pictured|in the (?:description|listing|photos?|pictures?))",
         "not_as_described"),
        (r"\bnot (?:\S+ ){0,3}(?:as )?(?:advertised|stated|listed|claimed|promised)\b|"
         r"\b(?:capacity|memory|"
         r"storage|material|fabric|power|volume|weight|length)(?: \S+){0,4} (?:not|instead of) "
         r"(?:the )?\d|\b(?:capacity|memory|storage|material|fabric|power|volume|weight|length)"
         r"(?: \S+){0,4} but (?:the )?(?:listing|description|ad) (?:says|said)\b|"
         r"\bsmaller than (?:the )?(?:size )?(?:chart|"
         r"guide)\b", "not_as_described"),
        (r"\b(?:worse|lower|less|weaker|cheaper|thinner|smaller) than (?:described|stated|advertise"
         r"d|"
         r"listed|claimed|promised|in the (?:description|listing|photos?))|\b\d{1,6} ?(?:gb|tb|mah|"
         r"w)\b(?: \w+){0,2} (?:advertised|listed|stated|claimed)(?: \w+){0,3} (?:only|just) \d",
         "not_as_described"),
        (r"\bwrong (?:item|product|model|thing|one|goods)|\bdifferent (?:item|product|model)|"
         r"\bnot what i ordered\b|\bsent (?:me )?(?:the )?wrong|\b(?:got|received|sent me|came wit"
         r"h) (?:something|a completely different thing) (?:else|different)\b", "wrong"),
        # another product in place of the one ordered: "received a phone case instead of a charger"
        (r"\b(?:got|received|sent me|sent|they sent)(?: me)? (?!(?:a |an |the |some )?"
         r"(?:refund|coupon|money|replacement|partial|message|reply|photo|voucher|discount|\d|"
         r"track\w*|number|email|link|notification|code))"
         r"(?:a |an |the |some )?\w+(?: \w+)? instead of (?!(?:a |an |the |my )?(?:refund|coupon|"
         r"money|replacement|partial|voucher|discount))(?:a |an |the |my )?\w+", "wrong"),
        (r"\b(?:box|packag\w*|packet|envelope|parcel)(?: \w+){0,2} (?:is |was |were |got |arrived "
         r")?(?:damaged|crushed|dented|torn|wet|broken)(?: \w+){0,3} but (?:the )?(?:item|product|"
         r"contents?|it|everything)(?: \w+){0,2} (?:is |was |seems |looks )?(?:fine|ok|okay|intact|"
         r"undamaged|works|unharmed)", MASK),
        (r"\b(?:arrived|came|got here|delivered|received it)(?: \w+){0,2}? (?:all |completely )?"
         r"(?:damaged|crushed|smashed|cracked|dented|broken|in pieces)|\b(?:is|was|were|got) "
         r"(?:all |completely )?(?:damaged|crushed|smashed|cracked|dented)|\b(?:screen|glass|displ"
         r"ay|case|lid|handle|leg|strap|casing|housing|lens|mirror|cup|plate|bottle) (?:is |was |"
         r"were |got )?(?:broken|smashed|cracked|shattered)|\bbroken (?:screen|glass|display|case|"
         r"lid|handle|leg|strap|casing|housing|lens|mirror)|(?<!not )(?<!no )\bdamaged\b|(?<!not )"
         r"\bcracked\b|"
         r"\bshattered\b|\bsmashed\b|\bin pieces\b|\b(?:has|had|with|there is|there was) (?:a |"
         r"big |huge )?(?:crack|dent|hole)\b|(?<!not )\b(?:scratched|scuffed)\b", "damaged"),
        (r"\b(?:seller|they|he|she|store|shop|aliexpress|bank|you)(?: \w+){0,2} (?:does not|do not|"
         r"did not|will not|not) charge (?:me|you|us|fees?|for|extra|customs|shipping|anything|"
         r"a fee|a commission|commission|vat|tax)\b", MASK),
        (r"\b(?:does not|do not|did not|will not|is not|are not|not) (?:turn on|switch on|"
         r"charge|charging|work|working|power on|connect)\b|\bstopped (?:working|charging)\b|"
         r"(?<!no )(?<!not )\bdefect|(?<!not )\bfaulty\b|\bdead on arrival\b|\bmalfunction|\bno (?"
         r":sound|power|signal|"
         r"picture)\b|\b(?:does not|will not|did not) (?:power|boot|start|pair|light)",
         "defective"),
        (r"\b(?:earbuds?|headphones?|battery|phone|watch|charger|speaker|it|one|side|motor|screen|"
         r"lamp|light|mouse|keyboard|camera|drone|console|tablet|laptop|bulb|fan)"
         r"(?: \w+){0,2} (?:is |are |was )?dead\b", "defective"),
        # it broke in use, not on the way: "the zipper broke the first day", "works only sometimes"
        (r"\b(?:broke|ripped|tore|fell apart|came apart|snapped|cracked)\b(?: \w+){0,2} (?:after|wi"
         r"thin|"
         r"on the first|the first|in) (?:one |a |two |three |\d{1,3} )?(?:day|days|week|weeks|use|u"
         r"ses|"
         r"wash|washes|wear)\b|\b(?:handle|zipper|zip|strap|seam|leg|button|wheel|clasp|hinge|sole)"
         r"s? "
         r"(?:broke|ripped|came off|fell off|snapped|split)\b|\b(?:does not|do not|will not) hold "
         r"(?:a |the )?charge\b|\bworks (?:only )?(?:sometimes|intermittently|on and off)\b|"
         r"\b(?:paint|coating|plating) (?:is )?peel\w*|\b(?:it|bottle|cup) leaks\b|\bleaking\b",
         "defective"),
        *money.PROBLEM_MORE,
    ),
    "dispute": (
        *money.DISPUTE_FIRST,
        *money.DISPUTE_LOOKALIKES,
        *money.DISPUTE_DECIDED,
        (r"\b(?:dispute|claim)\b(?: \w+){0,4} (?:but |and )?then (?:i |we )?(?:closed|cancell?ed|"
         r"withdrew) it\b|\b(?:dispute|claim)\b(?: \w+){0,2} (?:was |got )?(?:closed|cancell?ed|"
         r"withdrawn) by me\b", "closed_by_me"),
        (r"\b(?:i|we) (?:have )?(?:(?:accidentally|already|mistakenly|just|also|myself) )?(?:close"
         r"d|cancell?ed|withdrew|withdrawn) "
         r"(?:the |my )?"
         r"(?:dispute|claim)|^(?:i )?(?:accidentally |mistakenly |already )?(?:closed|cancell?ed|"
         r"withdrew) (?:my|the) (?:dispute|claim)|\b(?:dispute|claim)\b(?: \w+){0,4} (?:but |and |"
         r"then )?(?:i|we) (?:have )?(?:accidentally |mistakenly )?(?:closed|cancell?ed|withdrew) "
         r"it\b", "closed_by_me"),
        # "the seller refuses, I have not opened a dispute": no dispute, whatever the seller said
        (r"^(?!.*\b(?:offer|propos|suggest))(?=.*\b(?:refus|reject|declin|denied|will not))"
         r".*\b(?:have not|did not|never) (?:yet )?(?:opened|open|filed|file|started|raised) "
         r"(?:a |the |any )?(?:dispute|claim)", "none"),
        # the seller said no: refused, even in the words a lost dispute uses
        (r"^(?!.*\b(?:aliexpress|ali|platform|support|arbitration|"
         r"escalat\w*)\b).*\b(?:dispute|claim|"
         r"refund request|request)\w*(?: \w+){0,2} (?:was |is |got |has been )?(?:rejected|"
         r"denied|declined|"
         r"refused) by (?:the )?(?:seller|store|shop)", "refused"),
        # AliExpress decided: rejected or closed by the platform is lost, never "opened"
        (r"^(?!.*(?<!not )\bin my favou?r)(?:.*\b(?:aliexpress|ali|ae|platform|support|"
         r"arbitration|admins?|moderators?|the system|customer service)\b(?: \w+){0,2} (?:has )?"
         r"(?:rejected|closed|denied|declined|refused|dismissed|cancell?ed|ruled against)"
         r"(?: \w+){0,2}? (?:dispute|claim|appeal|escalation|refund request|case)|.*\b(?:dispute|"
         r"claim|appeal|case)\w*(?: \w+){0,3} (?:was |got |has been |is )?(?:closed|cancell?ed|"
         r"rejected|denied|declined|dismissed) by (?:aliexpress|ali|ae|the platform|support|"
         r"arbitration|the system|admins?|customer service))", "lost"),
        # decided for the buyer in the end: "seller rejected, i escalated, closed in my favour"
        (r"(?<!not )\bin my favou?r\b(?! \w+ing\b)|\bsided with me\b", "won"),
        (r"\bruled (?:for|in favou?r of) the seller\b|\b(?:dispute|claim)\b(?: \w+){0,4} (?:and )?"
         r"i lost\b|\blost (?:the |my )?(?:appeal|escalation|case)\b", "lost"),
        (r"\blost (?:the |my |a )?(?:dispute|claim)|\b(?:dispute|claim)(?: (?!seller|store|shop)\w+"
         r"){0,2}"
         r" (?:was |is |got )?(?:lost|rejected|denied|declined)|\b(?:in|to) (?:the )?seller'?s? "
         r"favou?r|\bfavou?r of the seller|\bsided with the seller|\bseller won\b|"
         r"\bnot in my favou?r|\b(?:escalation|appeal)(?: \w+){0,2} (?:was )?(?:lost|denied|"
         r"rejected)|\b(?:after|in) (?:the )?escalation(?: \w+){0,3} (?:said no|denied|rejected|"
         r"refused)", "lost"),
        (r"\bwon (?:the |my |a )?(?:dispute|claim)|\b(?:dispute|claim)(?: \w+){0,2} (?:was |is )?"
         r"won\b|\bin my favou?r\b", "won"),
        (r"\b(?:how|can|should|when|where)(?: \w+){0,3} escalat", MASK),
        (r"\bescalated\b|\bescalation\b|\b(?:aliexpress|ali|the platform|support)"
         r"(?: \w+){0,2} (?:is )?(?:now )?(?:reviewing|investigating|looking into|handling) (?:the "
         r"|my )?(?:dispute|claim|case)", "escalated"),
        # refused, then offered something: the offer is the latest stage
        (r"\b(?:seller|store|shop|they|he|she)\b(?: \w+){0,3} (?:refused|rejected|declined|refuses|"
         r"rejects|declines|denied)\b.*\b(?:(?:and|but|then|instead) )(?:he |she |they )?(?:offered"
         r"|offers|proposed|proposes|suggested|suggests|says he can send|will send)\b", "offer"),
        # refused before the dispute, then the dispute opened: the dispute is the latest stage
        (r"\b(?:refused|declined|rejected|refuses|refuse|will not|would not|"
         r"does not want)\b.*\b(?:so|then|"
         r"and|therefore|now)\b (?:i |we )?(?:have |just )?(?:opened|filed|started|"
         r"raised) (?:a |the )?"
         r"(?:dispute|claim)", "opened"),
        (r"^(?!.*\b(?:escalat\w*|in my favou?r|won|lost|offer\w*|propos\w*|suggest\w*)\b).*"
         r"\b(?:dispute|claim)\b.*\b(?:seller|store|shop)(?: \w+){0,2} (?:has )?(?:refused|rejected"
         r"|declined|denied) it\b", "refused"),
        (r"\bseller(?: \w+){0,2} (?:refused|rejected|declined|refuses|rejects|declines|denied)"
         r"(?: to)?(?: \w+){0,2}? (?:dispute|refund|claim|evidence|return|the request|"
         r"my request|full refund)|\bseller(?: \w+){0,2} said no to (?:the |my )?(?:dispute|refund|"
         r"claim|return)|\bseller(?: \w+){0,2} disagree\w* with (?:my |the )?(?:dispute|claim|"
         r"refund)",
         "refused"),
        (r"\b(?:seller|store|shop|they|he|she)(?: \w+){0,2} (?:offers|offered|proposes|proposed|"
         r"suggests|suggested) "
         r"(?:me )?(?:a |an |to )?(?:partial|refund|\d|\$|coupon|discount|compensation|return|"
         r"resend|send (?:a |another )?new|replace|replacement|take (?:it|the item) back)|"
         r"\b(?:seller|store|shop)(?: \w+){0,2} (?:offers|offered|proposes|proposed|suggests|"
         r"suggested)(?: \w+){0,6}? (?:partial refund|compensation|coupon|discount|replacement)\b|"
         r"\b(?:seller|store|"
         r"shop)(?: \w+){0,2} (?:wants|is willing|is ready|agreed|agrees|promised|"
         r"promises) to (?:send|"
         r"resend|ship) (?:me )?(?:a |another )?(?:replacement|new one|again)\b",
         "offer"),
        (r"\b(?:seller|he|she|they)(?: \w+){0,3} (?:asks?|asked|asking|wants?|wanted|begs?|begged|"
         r"told|tells|says|keeps asking)(?: me)? to (?:close|cancel|withdraw) (?:the |my |this )?"
         r"(?:dispute|claim)", "opened"),
        (r"\b(?:i )?(?:have not|did not|never) (?:yet )?(?:opened|open|filed|started) "
         r"(?:a |the |any )?dispute|\bno dispute (?:yet|opened)\b|\bno dispute (?:was |has been |"
         r"had been |is )?(?:ever |yet )?(?:opened|filed|started|raised|open)\b|\b(?:never|not) "
         r"(?:ever )?(?:opened|filed|started|raised|had|made|submitted) (?:a |any |the )?"
         r"(?:dispute|claim)|\bnever disputed\b|\bdid not (?:ever )?dispute\b|\bthere (?:was|is) "
         r"no dispute\b|\bwithout (?:ever )?(?:opening |filing )?(?:a |any )?dispute\b|"
         r"\b(?:have not|"
         r"did not|never|not) (?:yet )?disputed?\b|\b(?:have not|did not|never) (?:yet )?(?:ever )?"
         r"(?:file|start|raise|make|submit|open) (?:a |the |any |my )?(?:dispute|claim|case)\b",
         "none"),
        *money.DISPUTE_STAGES,
        # A later stage in words we could not place: "opened" would contradict it, so nothing
        (r"\b(?:refus|reject|declin|denied|denies|offer|propos|escalat|won|lost|closed|withdr|"
         r"decided|decision|favou?r|agreed|accepted|partial)", None),
        (r"\b(?:i|we) (?:have )?(?:opened|filed|started|raised|submitted) (?:a |the |my )?"
         r"(?:dispute|claim)|\bdispute (?:is |was |has been )?(?:already )?(?:open|opened)\b|"
         r"\bopened (?:a |the )?dispute|\bdisputed\b|(?<!not )(?<!never )\b(?:filed|raised|submitte"
         r"d|"
         r"started) (?:a |the |my )?(?:dispute|claim)\b|\b(?:dispute|claim) (?:was |has been |got )"
         r"?(?:started|filed|raised|submitted)\b|(?:^|\b(?:i|we) (?:have )?)(?:opened|filed) (?:a |"
         r"the |my )?case\b|\b(?:dispute|claim) (?:has been |is )?(?:going on|running|ongoing|open"
         r" for)\b|\b(?:not|never) (?:responded|replied|answered|reacted) to (?:my |the )?(?:disput"
         r"e|claim)\b|\b(?:have|has) (?:an |a )?open (?:dispute|claim)|"
         r"\b(?:dispute|claim) (?:is )?(?:still )?(?:in progress|ongoing|pending|still open)\b|"
         r"(?:^|\b(?:i|we) (?:have )?)(?:opened|filed|submitted|sent|made|raised) (?:a |the |my )?"
         r"(?:refund|return)(?: refund)? request|"
         r"\b(?:days?|weeks?) into (?:the|my) "
         r"(?:dispute|claim)\b|"
         r"\bday \d+ of (?:the|my) (?:dispute|claim)\b|"
         r"\bdispute\w*(?: \w+){0,2} (?:is )?(?:waiting|"
         r"awaiting|pending)\b|\b(?:i|we) (?:have )?(?:opened|filed|submitted|sent|made|"
         r"raised) (?:a |"
         r"the |my )?(?:refund|return)(?: refund)? request|\brequested a refund (?:through|in|via) "
         r"(?:the |a )?dispute", "opened"),
        *money.DISPUTE_MORE,
    ),
    "payment": (
        *money.PAYMENT_FIRST,
        (r"\b(?:seller|he|she|they)(?: \w+){0,5} (?:transfer|send|pay|refund|return)\w*"
         r"(?: \w+){0,3} (?:to|on|via|through|by) (?:my |his |her |their )?(?:card|paypal)", MASK),
        (r"\b(?:seller|he|she|they)(?: \w+){0,3} (?:asks?|asked|wants?|wanted|told|tells|says)(?: m"
         r"e)? to pay\b", MASK),
        # the method named as such, or the instrument first: "payment method: PayPal"
        (r"\bpayment (?:method|option)(?: \w+)? (?:is |was )?(?:my )?paypal\b|\b(?:payment|order)\w"
         r"* "
         r"(?:went |was made |was paid )?(?:via|through|with|using) (?:my )?paypal\b|^(?:via|with|"
         r"by|through) (?:my )?paypal\b|\bmy paypal (?:was |got )?(?:charged|debited)|\bpaypal "
         r"(?:took|charged|debited)\b|\b(?:refund|money)\w*(?: \w+){0,5} (?:to|into|back to|on|onto"
         r") my paypal\b", "paypal"),
        (r"\bpayment (?:method|option)(?: \w+)? (?:is |was )?(?:my |a )?(?:(?:credit|debit|bank) )?"
         r"(?:card|visa|mastercard)\b|^(?:via|with|by|through) (?:my |a )?(?:(?:credit|debit|bank) "
         r")?(?:card|visa|mastercard)\b|\bwith (?:my |a )?(?:(?:credit|debit|bank) )?(?:card|visa|"
         r"mastercard),? (?:i |we )?paid\b", "card"),
        (r"\b(?:i|we) used (?:my )?(?:qiwi|webmoney|yoomoney|skrill|yandex money)\b", "wallet"),
        # the buyer's own card, told many ways: "paid $30 by credit card", "card payment"
        (r"\b(?:paid|payed|bought|purchased|payment|charged)\b(?: \S+){0,4}? (?:with|by|via|"
         r"through|"
         r"using|from|on|to) (?:my |a |the |our )?(?:\w+ )?(?:card|visa|master ?card|maestro)\b|"
         r"\b(?:i|we) used (?:my |a |the )?(?:\w+ )?(?:card|visa|master ?card)\b|\bcard payment\b|"
         r"\bpayment by (?:\w+ )?(?:card|visa|master ?card)\b", "card"),
        (r"\bpaypal payment\b|\b(?:i|we) used (?:my )?paypal\b|\bpaid (?:\S+ ){0,3}(?:on|with|via|"
         r"through|by|using) (?:my )?paypal\b", "paypal"),
        (r"\b(?:refund|money)(?: \w+){0,4} (?:on|to|back to|onto) my (?:\w+ )?card\b|"
         r"\b(?:refund|money)"
         r"\w*(?: \w+){0,5} (?:on|to|onto|reached|into) (?:my )?(?!(?:his|her|their|your|another|"
         r"other|different|seller|sellers|someone)\b)(?:\w+ )?(?:card|visa|"
         r"mastercard)\b",
         "card"),
        (r"\bpayment (?:was |is )?(?:made )?(?:by|with|via|through) (?:a |"
         r"my )?(?:bank transfer|wire "
         r"transfer|western union|sbp|mobile balance|phone balance)", "other"),
        (r"\b(?:paypal) (?:was|is) (?:my|the) payment (?:method|option)", "paypal"),
        (r"\b(?:card|visa|mastercard) (?:was|is) (?:my|the) payment (?:method|option)", "card"),
        (rf"{PAID}(?: \S+){{0,5}} (?:with|by|via|through|using|from) (?:a |my |the )?(?:bank "
         r"transfer|wire transfer|western union|sbp|mobile balance|phone balance)", "other"),
        (rf"{PAID}(?: \w+){{0,3}} (?:with|by|via|through|using|from|"
         r"on) (?:my |a |the )?(?:(?:credit |debit |bank |visa |mastercard )?card\b|visa\b|"
         r"master ?card\b|maestro\b)", "card"),
        (rf"{PAID}(?: \S+){{0,5}} (?:with|by|via|through|using|from) "
         r"(?:my |the )?(?:aliexpress |ali )?(?:balance|alipay|bonus)|\b(?:i|we) used (?:my |the )?"
         r"(?:aliexpress |ali )?(?:balance|alipay)\b", "balance"),
        (r"\b(?:charged|taken|debited|withdrawn) (?:from )?(?:my )?(?:\w+ )?card\b|\bmy (?:\w+ )?c"
         r"ard (?:was |got )?(?:charged|debited)", "card"),
        (rf"{PAID}(?: \S+){{0,5}} (?:with|by|via|through|using|from) "
         r"(?:my |a |the )?(?:qiwi|webmoney|yoomoney|yandex money|skrill|e ?wallet)", "wallet"),
        (rf"{PAID}(?: \S+){{0,5}} (?:with|by|via|through|using|from) "
         r"(?:my )?paypal|\b(?:i|we) used (?:my )?paypal\b", "paypal"),
        *money.PAYMENT_MORE,
    ),
    "card_expired": (
        *money.CARD_EXPIRED_FIRST,
        # the card the buyer paid with is gone or replaced, told the everyday way
        (r"\b(?:replaced|replace|cancell?ed|closed) (?:my |that |the |this |our )?(?:old )?(?:bank "
         r")?"
         r"card\b|\bcard\b(?: (?!not\b|never\b)\w+){0,4} (?:does not exist|no longer exists|is not "
         r"active any ?more|is no longer active)|\bno longer have (?:that|the|this|my) card\b|"
         r"\bcard\b(?: (?!not\b|never\b)\w+){0,4} (?:is|was|got|has been) (?:already )?(?:closed|"
         r"cancell?ed)\b|\b(?:my|the|an|that) old card\b", "yes"),
        (r"\bcard(?: s)? validity (?:ended|expired|is over)|\b(?:a |an )?(?:different|new|"
         r"replacement) "
         r"card (?:now|from the bank)\b|\b(?:get|got|getting|had to get) (?:a |an )?(?:new|"
         r"replacement) "
         r"card\b|\bcard (?:was |got |has been )?(?:swapped|renewed|reissued|replaced)\b|"
         r"\bold card "
         r"(?:no longer|does not|is not) (?:works?|valid|active)|\bcard(?: \w+){0,3} (?:is |was )?n"
         r"o longer (?:valid|active)\b", "yes"),
        (r"\bcard (?:has |had |is |was )?(?:already )?(?:expired|reissued|replaced|no longer "
         r"valid|closed|cancell?ed)|\bexpired card|\bnew card\b|\bcard (?:expiry|expiration)|"
         r"\bclosed (?:my |the )?(?:old )?card\b|\b(?:card|visa|mastercard)\b(?: (?!not\b|never\b)"
         r"\w+){0,5} (?:has |had |is |was )?(?:already )?expired\b|\b(?:reissued|"
         r"replaced) (?:my |the |"
         r"our )?(?:old )?(?:bank )?card\b|\bcard (?:s )?(?:expiry|expiration) date\b|"
         r"\bcard (?:was |"
         r"got )?(?:blocked and |lost and )?(?:replaced|reissued)\b", "yes"),
        *money.CARD_EXPIRED_MORE,
    ),
    "bank_gone": (
        *money.BANK_GONE_FIRST,
        # whoever held the money went under, named or not: "Tinkoff lost its licence"
        (r"^(?!.*\b(?:seller|store|shop|company|factory|carrier|courier)\b).*(?:\b(?:went|is|was|go"
         r"t|"
         r"has gone|has been|declared) (?:bankrupt|bust|insolvent|into liquidation)\b|\blost (?:its"
         r"|"
         r"their) (?:banking )?licen[cs]e|\bstripped of (?:its|their) (?:banking )?licen[cs]e|\b(?:"
         r"shut|closed) down by (?:the )?(?:central bank|regulator))", "yes"),
        (r"\bbank\b(?: \w+){0,5} (?:is |was |got |has been )?(?:in liquidation|under liquidation|"
         r"being liquidated|declared (?:insolvent|bankrupt)|insolvent|went bankrupt|belly up|"
         r"no longer operating|not operating any ?more)|\bbankruptcy of (?:my|the) bank|\bbank\w*"
         r"(?: \w+){0,2} licen[cs]e (?:got |was |has been )?(?:cancell?ed|pulled|taken away)|"
         r"\b(?:qiwi|webmoney|yoomoney|e ?wallet)\b(?: \w+){0,2} stopped (?:working|operating)",
         "yes"),
        (r"\bbank\b(?: \w+){0,4} (?:no longer (?:operates|works|exists)|does not work any ?more|"
         r"left the (?:country|market))|\b(?:qiwi|e ?wallet|wallet provider|payment service)\b(?: "
         r"\w+){0,3} (?:is gone|(?:was |got |has been )?closed\b(?! (?:my|the|our)\b))", "yes"),
        (r"\bbank(?: \w+){0,3} (?:lost|losing|has lost|had|without) (?:its |their |the )?"
         r"licen[cs]e|\bbank(?: \w+){0,2} (?:went |is |has gone )?(?:bankrupt|bust|closed down|"
         r"shut down|no longer exists)|\blicen[cs]e (?:was )?(?:revoked|withdrawn)|"
         r"\b(?:qiwi|webmoney|yoomoney|e ?wallet)(?: \w+){0,3} (?:lost (?:its |the )?licen[cs]e|"
         r"(?:was |is |has been )?(?:closed|shut down)|no longer (?:works|exists)|does not work "
         r"any ?more)|\bbank\b(?: \w+){0,5} no longer exists|\b(?:wallet|provider|payment service)"
         r"(?: \w+){0,3} (?:lost|has lost) (?:its |their |the )?licen[cs]e|\brevoked (?:\w+ ){0,3}"
         r"licen[cs]e|\bbank\b(?: \w+){0,5} (?:collapsed|was liquidated|got liquidated|went under|"
         r"went bust|stopped (?:operating|working)|ceased (?:operations|to exist)|"
         r"failed)\b|\bbank\b(?: \w+){0,4} (?:does not exist|do not exist|no longer exist\w*|went o"
         r"ut of business|is gone|closed(?! (?:my|the|our|his|her|their|it|a|an)\b))", "yes"),
        *money.BANK_GONE_MORE,
    ),
    "several_items": (
        *money.SEVERAL_ITEMS_FIRST,
        (r"\b(?:one|two|three|\d{1,4}) (?:\w+ )?out of (?:two|three|four|five|six|\d{1,4})\b|"
         r"\bthe rest (?:did|came|arrived|is here|are here)\b|"
         r"\bhalf (?:of )?the (?:items|products|things|pieces)\b|"
         r"\b(?:got|received|came|arrived) (?:only )?\d{1,4} (?:pcs|pieces|items|units|pairs) "
         r"instead of \d{1,4}|"
         r"\bordered \d{1,4} (?:pcs|pieces|items|units|pairs)\b(?: \w+){0,2} (?:got|received) "
         r"(?:only )?\d{1,4}|"
         r"\bset of \d{1,4} (?:but |and )?(?:only )?(?:got|received|came) \d{1,4}", "yes"),
        (r"\b(?:one|two|three|an?|1|2|3) (?:item|product|thing|piece)s? (?:from|of|in) (?:my|"
         r"the|this) "
         r"(?:order|package|parcel)\b|\b(?:one|two|three|\d) of the (?:two|three|four|five|"
         r"six|\d+) (?!orders|sellers|stores|shops|parcels|packages)\w+|"
         r"\b(?:the )?(?:second|third|other) (?:item|product|thing|one)s? (?:from|of|"
         r"in) (?:my|the) order|"
         r"\b(?:the )?(?:second|third) (?:item|product) (?:never|has not|did not|is missing)|"
         r"\bfrom the same "
         r"order\b|\b(?:in|with) (?:one|the same|a single) order\b|\bset of (?:\d+|two|three|"
         r"four|five|six)\b"
         r"(?: \w+){0,3} (?:\d+|one|two|three) (?:are|is|was|were|came|arrived|missing)", "yes"),
        (r"\b(?:several|multiple|many|some|two|three|four|five|[2-9]|\d\d) (?:different )?"
         r"(?:items|products|things|parcels|packages)\b|\bone of (?:the |my )?(?:items|products|"
         r"parcels|packages)|\bnot all (?:the |of the )?(?:items|products)|"
         r"\bonly part of (?:the |my )?(?:order|items)\b|"
         r"\brest of (?:the|my) order\b|\bonly (?:got |received )?(?:half|part) (?:of )?(?:the |my "
         r")?order\b|\b(?:half|part) of (?:the |my )?order (?:is |was )?"
         r"(?:missing|arrived|came|not)|\b(?:two|three|four|five|six|[2-9]) (?:pairs|pieces|pcs|"
         r"sets|units)\b(?: \w+){0,6} (?:in one order|missing|only (?:one|two|three|\d)|came|arriv"
         r"ed)",
         "yes"),
        *money.SEVERAL_ITEMS_MORE,
    ),
    "coupon": (
        (r"\bcoupons?\b|\bvouchers?\b|\bpromo ?codes?\b|\bdiscount codes?\b", "yes"),
    ),
}

AMOUNT = (
    r"(?P<cur>[$€£₴₸])\s?(?P<n>\d{1,9}(?:[.,]\d{1,2})?)(?!\d|[.,]\d)",
    r"(?<![\d.,])(?P<n>\d{1,9})"
    r"\s?(?P<k>k)\s?(?P<cur>usd|dollars?|eur|euros?|gbp|pounds?|rub|roubles?|rubles?|"
    r"uah|hryvnias?|kzt|tenge|byn)\b",
    r"(?<![\d.,])(?P<n>\d{1,9}(?:[.,]\d{1,2})?)(?!\d|[.,]\d)"
    r"\s?(?P<cur>usd|dollars?|bucks|eur|euros?|gbp|pounds?|rub|"
    r"roubles?|rubles?|uah|hryvnias?|kzt|tenge|byn)\b",
)
CURRENCIES = {"₴": "UAH", "₸": "KZT",
              "$": "USD", "usd": "USD", "dollar": "USD", "dollars": "USD", "bucks": "USD",
              "€": "EUR", "eur": "EUR", "euro": "EUR", "euros": "EUR", "£": "GBP", "gbp": "GBP",
              "pound": "GBP", "pounds": "GBP", "rub": "RUB", "rouble": "RUB", "roubles": "RUB",
              "ruble": "RUB", "rubles": "RUB", "uah": "UAH", "hryvnia": "UAH", "kzt": "KZT",
              "tenge": "KZT", "byn": "BYN"}

# A whole message that is only a duration ("2 days", "36 hours left") is time left.
BARE_BEFORE = r"(?:in|about|only|just|still|another|left|remaining|ends in|around|approx) "
BARE_AFTER = r"left|remaining|to go|more|or so"
AGO = "ago"
OPEN_FOR = (r"(?:open|opened|going on|going|lasting|running|ongoing|pending|active)(?: \w+)?"
            r"(?: for)?")
"""Before a duration, the dispute's age: "the dispute has been open for 4 days"."""
DISPUTE_AGE = (
    *money.DISPUTE_AGE_MORE,
    r"\b(?:opened|filed|started|raised|submitted)(?: (?!arriv|came|receiv|ship|deliver|parcel|"
    r"package|item|order)\w+){0,3}? {dur} (?:ago|back)\b",
    r"(?<!arrived )(?<!came )(?<!delivered )(?<!received )(?<!got it )"
    r"{dur} (?:ago|back) (?:i |we )?(?:opened|filed|started|raised|submitted)\b",
    r"{dur} into (?:the |my |this )?(?:dispute|claim)",
    r"{dur} since (?:i |we )?(?:opened|filed|started|raised|submitted)\b",
    r"{dur} since (?:the |my )?(?:dispute|claim) (?:was |got )?(?:opened|filed|started|raised)\b",
    r"\b(?:dispute|claim) (?:is|has been going for) {dur}(?: old| now)?\b",
    r"\b(?:rejected|refused|declined|denied|closed|answered|replied|responded|escalated|decided)"
    r"(?: \w+){0,4}? after {dur}",
)
"""More ways to tell the dispute's age; {dur} is a duration."""
NOT_MY_DISPUTE = money.NOT_MY_DISPUTE
DISPUTE_DAY_WORDS = (
    (money.DISPUTE_DAY_NUMBERED, -1),
    (money.DISPUTE_DAY_ITS, -1),
    (r"\b(?:opened|filed|started|raised|submitted)(?: \w+){0,3}? (?:the )?day before yesterday\b",
     2),
    (r"\b(?:opened|filed|started|raised|submitted)(?: \w+){0,3}? yesterday\b", 1),
    (r"\bday (?P<n>\d{1,3}) of (?:the |my )?(?:dispute|claim)|\b(?:dispute|claim) is (?:at|on) day "
     r"(?P<m>\d{1,3})\b", -1),
)
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
            "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}
"""The dispute's age as an ordinal: "the third day of the dispute"."""
ORDINAL_DAY = (r"\b(?P<o>{ordinal}) day (?:of|into) (?:the |my )?(?:dispute|claim)|"
               r"\b(?:dispute|claim)\w*(?: \w+){0,3} (?:its |the )?(?P<p>{ordinal}) day\b")
"""Days said as words ("opened it yesterday"); -1: the number in the text ("day 5")."""
VAGUE = ("few", "a few")
"""Number words that give no number: "a few days" is a bucket, never "3 days"."""
