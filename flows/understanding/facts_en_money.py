"""English fact words for the dispute and the money: rows that `facts_en.FACTS` splices in.

Each tuple holds `(pattern, value)` rows read like the rows of `facts_en.FACTS` (see that
module): a value of `MASK` blanks out the words and lets later rows read the rest, None blocks
the fact. `*_FIRST` rows go before a fact's own rows (questions and look-alikes), `*_MORE`
rows after them (wordings the first rows miss), `DISPUTE_STAGES` just before the row that
blocks a dispute stage it cannot place.
"""

from __future__ import annotations

MASK = ""

_IF = (r"\b(?:what )?(?:if|in case|incase|whether|suppose|supposing|what happens if|"
       r"what to do if|what should i do if)\b(?: (?!but|and|because|so)\w+){1,4}")
"""A condition's words: "what if it arrives broken" is a worry, not the item's state."""

_CARD = r"(?:card|visa|master ?card|maestro|amex|mir card)"

PROBLEM_FIRST: tuple[tuple[str, str | None], ...] = (
    (_IF, MASK),
    # a question about authenticity before buying: "is this brand genuine or fake"
    (r"\b(?:is|are) (?:it|this|they|these|the \w+)(?: \w+){0,2} (?:genuine|original|real|fake|"
     r"authentic)(?: or (?:fake|not|a copy|original))?\b", MASK),
    (r"\b(?:how|can) (?:do |can )?(?:i |you )?(?:know|tell|check|spot|see)(?: \w+){0,6}", MASK),
    (r"\b(?:link|sms|message|email|e mail|site|website|page|call|courier|fee)(?: \w+){0,2} "
     r"(?:looks?|seems?|is|was) (?:like )?(?:a )?fake\b", MASK),
)

PROBLEM_MORE: tuple[tuple[str, str | None], ...] = (
    (r"\b(?:arrived|came|delivered|received)(?: \w+){0,2} with (?:a |big |huge |deep )*(?:crack|"
     r"dent|hole|chip|scratch)(?:es|s)?\b", "damaged"),
    (r"\b(?:stops|stopped|quit|quits) (?:working|charging|responding)\b|"
     r"\bkeeps? (?:restarting|rebooting|turning off|shutting down|disconnecting)\b|"
     r"\b(?:not|never) (?:working|charging|turning on)\b", "defective"),
    (r"\bsomething (?:completely |totally |entirely )?(?:else|different)\b(?: \w+){0,3}? "
     r"(?:came|arrived|instead)|\b(?:received|got|sent me|came) (?:something|a thing) "
     r"(?:completely |totally |entirely )?(?:else|different)\b|"
     r"\bnot (?:the |my )?(?:item|product|thing|one|model) (?:i |we )?(?:ordered|bought|paid for|"
     r"chose)\b|\b(?:completely|totally|entirely) (?:different|another) (?:item|product|thing|"
     r"model)\b", "wrong"),
    (r"\b(?:chose|ordered|picked|selected) (?:size |a size )?(?:\d{2}(?:\.5)?|xxs|xs|xl|xxl|xxxl|"
     r"[2-5]xl)\b(?: \w+){0,2}? (?:but |and )?(?:got|received|came|they sent|sent)(?: me)? "
     r"(?:size |a )?(?:\d{2}(?:\.5)?|xxs|xs|s|m|l|xl|xxl|xxxl|[2-5]xl)\b", "wrong_size"),
    (r"\b(?:smaller|bigger|larger|thinner|different|worse) than (?:on|in) (?:the )?(?:pics?|photos?|"
     r"pictures?|images?|listing|site|website|page|ad)\b|\bnot (?:as|like) (?:on|in) (?:the )?"
     r"(?:pics?|photos?|pictures?|images?|listing|site|page|ad)\b|\b(?:listing|description|ad|page)"
     r" (?:says|said|shows|showed|promised) (?:\w+ ){0,3}but (?:it |this |they )?(?:is |are |was )?"
     r"(?:only|just|actually)\b", "not_as_described"),
)

DISPUTE_FIRST: tuple[tuple[str, str | None], ...] = (
    (_IF, MASK),
    # someone else's dispute, or one from another order: not this order's stage
    (r"\b(?:my |a |his |her )?(?:friend|brother|sister|wife|husband|mom|mum|dad|colleague|"
     r"neighbou?r|someone|people|others)(?: \w+){0,2} (?:opened|filed|had|won|lost|started)\b"
     r"(?: (?!but|and|though|although|however|i|we)\w+){0,5}", MASK),
    (r"\b(?:dispute|claim)\b(?: \w+){0,4} (?:last year|last time|before|in the past|"
     r"for (?:another|a different|my other|an old|a previous) order)\b(?: \w+){0,4}", MASK),
    (r"\b(?:should|could|can|may|might|will|shall|would|going to|gonna|want to|plan to|"
     r"planning to|about to|how to|how do i|how can i|where (?:do|can) i|where is)(?: \w+){0,2}"
     r" (?:open|file|start|escalate|raise|press|click)\b(?: \w+){0,3}", MASK),
)

DISPUTE_STAGES: tuple[tuple[str, str | None], ...] = (
    # the seller said yes: the dispute is over, for the buyer
    (r"\b(?:seller|store|shop)(?: \w+){0,2} (?:accepted|approved) (?:my |the )?(?:dispute|claim|"
     r"refund request|request)\b|\b(?:dispute|claim)(?: \w+){0,2} (?:was |got |has been )?"
     r"(?:successful|accepted by the seller)\b|\b(?:aliexpress|ali|support|the platform) "
     r"(?:decided|ruled) (?:for me|in my favou?r)\b", "won"),
    (r"\b(?:aliexpress|ali|ae|support|the platform|arbitration)(?: \w+){0,2} (?:decided|ruled|"
     r"sided) (?:for|with|in favou?r of) the (?:seller|store|shop)\b|\b(?:dispute|claim)\b"
     r"(?: \w+){0,3} (?:closed|ended|finished) (?:with|and) (?:no|without) (?:a )?(?:refund|"
     r"money)\b", "lost"),
    (r"\b(?:press|pressed|click|clicked|tap|tapped|hit|used) (?:the )?(?:escalate|escalation)\b",
     "escalated"),
    # the seller's offer as a noun or in the -ing form: "the seller is offering 30% back"
    (r"\b(?:seller|store|shop|he|she|they)(?: \w+){0,2} (?:is |are )?(?:offering|proposing|"
     r"suggesting)\b|\b(?:seller|store|shop)(?: s)? (?:counter ?)?(?:offer|proposal)\b|"
     r"\boffer(?:ed)? (?:from|by) (?:the )?(?:seller|store|shop)\b|\b(?:seller|store|shop|he|she|"
     r"they)(?: \w+){0,2} (?:wants?|wanted|agreed|agrees|is willing|is ready|can|could|will) "
     r"(?:to )?(?:give|refund|return|pay|send) (?:me )?(?:a |an )?(?:coupon|voucher|partial|half|"
     r"part|only|just|\d|\$|€|£)|\b(?:seller|store|shop)(?: \w+){0,2} (?:suggests|suggested|"
     r"proposes|proposed) (?:that )?i keep\b|\bpartial refund (?:was |is )?(?:offered|proposed)\b",
     "offer"),
    # the seller said no, the dispute not named where it is said
    (r"^(?!.*\b(?:aliexpress|ali|platform|support|arbitration|escalat\w*|offer\w*|propos\w*|"
     r"suggest\w*)\b)(?=.*\b(?:dispute|claim|refund|return|money back)\b).*\b(?:seller|store|shop)"
     r"(?: \w+){0,2} (?:has |have |also )?(?:rejected|refused|declined|denied|refuses|rejects|"
     r"refuse|reject|declines)\b(?! (?:to )?(?:cancel|ship|send|extend|accept (?:the |my )?"
     r"cancel))", "refused"),
    (r"\bforgot to (?:open|file|start|raise) (?:a |the |any )?(?:dispute|claim)\b|"
     r"\b(?:dispute|claim)\w*(?: \w+){0,2} (?:not|never) (?:yet )?(?:opened|filed|started)\b",
     "none"),
)

DISPUTE_MORE: tuple[tuple[str, str | None], ...] = (
    (r"\b(?:i|we) (?:have )?(?:opend|openned|oppened|open(?:ed)? up|made|created) (?:a |the |my )?"
     r"(?:dispute|claim)\b|\b(?:clicked|pressed|tapped|hit|used) (?:the )?(?:open dispute|"
     r"return refund|refund only)\b(?! button)|\b(?:opened|filed|submitted|sent|chose|selected|"
     r"requested) (?:a |the |my )?(?:refund only|return (?:and |& )?refund|return refund)\b|"
     r"\b(?:requested|asked for|applied for) (?:a |the |my )?(?:full |partial )?refund "
     r"(?:through|in|via|on|from) (?:the )?(?:app|aliexpress|ali|order page|site|website)\b|"
     r"\b(?:respond|reply|answer|react)(?:ed)? to (?:my|the) (?:dispute|claim)\b",
     "opened"),
)

PAYMENT_FIRST: tuple[tuple[str, str | None], ...] = (
    (_IF, MASK),
    (r"\b(?:seller|he|she|they)(?: \w+){0,3} (?:wants?|wanted|asks?|asked|asking|insists?|"
     r"suggests?|suggested|offers?|offered)(?: \w+){0,3} (?:payment|pay|paying|transfer|money)"
     r"(?: (?!but|and|though|although|however|i|we)\w+){0,5}", MASK),
    (r"\b(?:can|could|should|may|do|does|is it|which|what|better to|safe to)(?: \w+){0,3} "
     r"pay(?:ing)?\b(?: \w+){0,3}", MASK),
    (r"\b(?:does|do|will|would) (?:aliexpress|ali|they|the site|the app) (?:accept|take|support)"
     r"(?: \w+){0,3}", MASK),
)

PAYMENT_MORE: tuple[tuple[str, str | None], ...] = (
    (rf"^used (?:my |a |the )?(?:\w+ ){{0,2}}{_CARD}\b|\b(?:paid|payed|bought|purchased|payment)"
     rf"(?: \S+){{0,4}}? (?:with|by|via|through|using|from|on) (?:my |a |the |our )?(?:\w+ )"
     rf"{{0,2}}{_CARD}\b|\bmy (?:\w+ )?(?:visa|master ?card|maestro|amex|debit card|credit card)"
     r"\b(?! (?:number|details|data|info|cvv|pin|code))", "card"),
    (r"\b(?:nothing|not|never|still not|no money|no refund)(?: \w+){0,3} (?:on|to|in|into|back to)"
     rf" my (?:\w+ ){{0,2}}{_CARD}\b", "card"),
)

CARD_EXPIRED_MORE: tuple[tuple[str, str | None], ...] = (
    (r"\b(?:do not|does not|no longer) (?:have|own|use) (?:that|the|this|my|this old|that old) "
     r"card\b|\bcard(?: \w+){0,4} (?:is |was )?(?:out of date|not valid any ?more|no longer "
     r"exists|does not exist any ?more)\b|\bcard(?: \w+){0,4} (?:got|have|has|had) (?:a )?new "
     r"(?:one|number)\b|\b(?:changed|switched) (?:my |the )?(?:bank )?card\b", "yes"),
)

BANK_GONE_MORE: tuple[tuple[str, str | None], ...] = (
    (r"\b(?:wallet|wallet provider|payment provider|payment service|payment system|e ?wallet|"
     r"qiwi|webmoney|yoomoney)(?: \w+){0,2} (?:(?:has |was |got |is )?shut down|(?:has )?closed "
     r"down|went (?:bust|under|bankrupt)|(?:is |was )?bankrupt|lost (?:its |their |the )?"
     r"licen[cs]e|(?:has )?stopped (?:working|operating)|(?:is |has )?gone)\b", "yes"),
)

BANK_GONE_FIRST: tuple[tuple[str, str | None], ...] = (
    (r"\bbank\w*(?: \w+){0,2} (?:is |was )?closed (?:today|tomorrow|now|on \w+|for (?:the )?"
     r"(?:day|weekend|holidays?|lunch|the night))\b|\bbank holiday\b", MASK),
)

SEVERAL_ITEMS_FIRST: tuple[tuple[str, str | None], ...] = (
    (r"\b(?:several|multiple|many|some|two|three|four|five|[2-9]|\d\d) (?:different )?"
     r"(?:parcels|packages)\b(?: \w+){0,3} (?:from|by) (?:different|other|\d|two|three|several) "
     r"(?:sellers|stores|shops)\b", None),
)

SEVERAL_ITEMS_MORE: tuple[tuple[str, str | None], ...] = (
    (r"\b(?:only |just )?(?:got|received|came|arrived) (?:only |just )?(?:one|two|three|four|five|"
     r"\d{1,2}) (?:of|out of|from) (?:the |my )?(?:two|three|four|five|six|seven|eight|nine|ten|"
     r"\d{1,2})\b(?! (?:orders|sellers|stores|shops|parcels|packages|days|weeks|months|hours|"
     r"stars))", "yes"),
    (r"\border (?:with|of|had|has|contained|contains|included|includes) (?:\w+ ){0,2}?(?:two|"
     r"three|four|five|six|several|multiple|[2-9]|\d\d) (?:\w+ )?(?:items|products|things|"
     r"pieces|pcs|pairs|units)\b|\bmulti ?item order\b|\b(?:one|an|1) (?:item|product)s? "
     r"(?:is |was )?missing from (?:the |my )?(?:order|package|parcel|box)\b", "yes"),
)
