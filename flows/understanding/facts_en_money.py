"""English fact words for the dispute and the money: rows that `facts_en.FACTS` splices in.

Each tuple holds `(pattern, value)` rows read like the rows of `facts_en.FACTS` (see that
module): a value of `MASK` blanks out the words and lets later rows read the rest, None blocks
the fact. `*_FIRST` rows go before a fact's own rows (questions and look-alikes), `*_MORE`
rows after them (wordings the first rows miss), `DISPUTE_STAGES` just before the row that
blocks a dispute stage it cannot place.
"""

from __future__ import annotations

MASK = ""

SELLER_TOLD = ("(?=(?:seller|store|shop|he|she|they) )" + "".join(
    f"(?<!{w} )" for w in ("do", "does", "did", "will", "would", "can", "could", "if", "should",
                           "can the", "could the", "will the", "would the", "if the", "hope",
                           "maybe", "whether", "whether the", "when", "when the", "can my",
                           "if my", "will my"))
    + "(?:seller|store|shop|he|she|they)")
"""The seller as the one who said or did it, not asked about ("can the seller give me a coupon")."""

DISPUTE_AGE_MORE: tuple[str, ...] = (
    r"{dur} (?:have |has )?(?:passed|gone by|gone) since (?:i |we )?(?:opened|filed|started|"
    r"raised|submitted|opening)\b",
    r"{dur} since (?:the |my )?(?:dispute|claim)\b",
    r"\b(?:dispute|claim)\w* (?:open |opened |pending |running )?(?:since|for) (?:the last |the "
    r"past |over |about |almost |more than )?{dur}(?! (?:ago|left|to|before|after|later))",
    r"\bafter {dur} of (?:the |my |this )?(?:dispute|claim)\b",
    r"{dur} after (?:i |we )?(?:opened|opening|filed|filing|started|starting) (?:the |my |a )?"
    r"(?:dispute|claim)\b",
    r"\b(?:opened|filed|started|raised|submitted) (?:the |my |a )?(?:dispute|claim) {dur} "
    r"(?:earlier|before now)\b",
    # sixth pass: "8 days after opening i won", "5 days after the dispute started"
    r"{dur} after (?:i |we )?(?:opened|opening|filed|filing|started|starting)(?: it| one)?\b",
    r"{dur} after (?:the |my )?(?:dispute|claim) (?:was |got |had )?(?:opened|started|filed|"
    r"began|begun|raised)\b",
    # the dispute's length: "dispute lasted 16 days", "9 days of dispute", "14 days of fighting"
    r"\b(?:dispute|claim|case)\w*(?: \w+){0,2}? (?:lasted|took|has lasted|had lasted|went on|"
    r"dragged on|ran|has run)(?: for)? {dur}",
    r"(?<!first )(?<!last )(?<!next )(?<!another )(?<!more )"
    r"{dur} of (?:the |this |my |a |that )?(?:dispute|claim|fighting|arguing|arguments?|back and "
    r"forth|disputing)\b",
    # the noun, then its age, as a short note: "dispute 9 days, escalated it"
    r"^(?:my |the |a )?(?:dispute|claim) (?:now |already )?{dur}(?! (?:ago|left|to|before|after|"
    r"later|until|till|for|in|of)\b)",
)
"""More ways to tell the dispute's age ({dur} is a duration): "5 days have passed since I
opened the dispute", "dispute open since 5 days"."""

NOT_MY_DISPUTE = (r"\b(?:friend|brother|sister|wife|husband|mom|mum|dad|colleague|neighbou?r|"
                  r"someone|people|others)(?: \w+){0,2} (?:opened|filed|had|started)\b|"
                  r"\b(?:dispute|claim)\b(?: \w+){0,4} (?:last year|last time|in the past|for "
                  r"(?:another|a different|my other|an old|a previous) order)\b|\b(?:last year|"
                  r"last time|in the past|previously|years ago|once)(?: \w+){0,3} (?:had|opened|"
                  r"filed|won|lost) (?:a |one )?(?:dispute|claim)\b|\b(?:previous|earlier|last|"
                  r"other|old|older|first) (?:dispute|claim)s?\b")
"""Someone else's dispute, or another order's: its age is not this order's dispute's."""

DISPUTE_DAY_NUMBERED = (
    r"\b(?P<n>\d{1,2})(?:st|nd|rd|th) day (?:of|into|in) (?:the |my |this )?(?:dispute|claim)\b|"
    r"\b(?:dispute|claim)(?: \|)? day (?P<m>\d{1,3})\b"
)
"""The dispute's day as a number: "the 5th day of the dispute", "dispute day 6"."""
DISPUTE_DAY_ITS = (r"\b(?:dispute|claim)\w*(?: (?!from\b)\w+){0,3} (?:its |the )(?P<n>\d{1,2})"
                   r"(?:st|nd|rd|th) day\b(?! (?:after|since|from|before)\b)")
"""The dispute "is on its 6th day"; not a rule's day counted from another event ("you can open
a dispute from the 6th day after shipping", ninth pass)."""

_IF = (r"\b(?:what )?(?:if|in case|incase|whether|suppose|supposing|what happens if|"
       r"what to do if|what should i do if)\b(?: (?!but|and|because|so)\w+){1,4}")
"""A condition's words: "what if it arrives broken" is a worry, not the item's state."""

_IF_DISPUTE = (r"\b(?:what if|in case|incase|suppose|supposing|what happens if|what to do if|"
               r"what should i do if|what do i do if|and if|but if)\b(?: (?!but|and|because|so)\w+)"
               r"{1,4}")
"""A condition about the dispute; "he asks if I can close the dispute" is a request, not one."""

_PAID = (r"\b(?:i|we) (?:have )?(?:paid|payed)|^(?:paid|payed)|"
         r"\bpayment(?: was| is)?(?: made| done)?(?: by| with| via| through| using)?")
"""The buyer's own payment, told in the past."""

_CARD = r"(?:card|visa|master ?card|maestro|amex|mir card)"

_OTHERS_PAID = (r"\b(?:card|visa|master ?card|wallet)(?: \w+){0,2} (?:my |our |a )?(?:friend|"
                r"sister|brother|wife|husband|mom|mum|mother|dad|father|son|daughter|cousin|"
                r"colleague|"
                r"neighbou?r|someone)s? (?:had |has )?(?:paid|payed|used|bought)\b(?: \w+){0,4}")
"""The card or wallet someone else paid with is not the buyer's method (seventh pass)."""

_COLOURS = (r"black|white|red|blue|green|yellow|grey|gray|pink|purple|orange|brown|beige|silver|"
            r"gold|navy")
_NOT_ITEMS = (r"(?:days|weeks|months|hours|years|minutes|orders|sellers|stores|shops|parcels|"
              r"packages|dollars|euros|pounds|quid|bucks|usd|eur|rub|rubles|roubles|times|stars|"
              r"reviews|numbers|codes|updates|messages|emails|photos|disputes|problems|issues|"
              r"tracking|refunds|coupons|plus|less|was|is|has|its|this|us|scratches|dents|holes|"
             r"stains|marks|cracks|defects|spots|scuffs|chips|tears|errors|mistakes|flaws|bugs)")
"""Plural words after a count that are not things in an order: "an order of 2 days", "4 stars"."""

PROBLEM_FIRST: tuple[tuple[str, str | None], ...] = (
    # every row below needs a word: a message with no three letters in a row (digits, signs, a
    # pasted number) skips them all at once
    (r"^(?!.*[a-z]{3})", None),
    # a question about the rules names a problem nobody has yet: "can I dispute a fake item?"
    (r"\b(?:(?:can|could|should|do|will|may) (?:i|we|you|buyers?|one)|is it possible to|is there "
     r"a way to|am i able to|how (?:do|can|should) (?:i|we|you)|how to) (?:\w+ ){0,4}?(?:dispute|"
     r"refund|return|claim|complain|report|open)\w*(?: (?:a|an|the|for|about|over|if|when|it|is|"
     r"item|product|with)){0,5} (?:missing parts?|damaged|broken|defective|fake|counterfeit|faulty|"
     r"wrong "
     r"(?:item|size|colou?r)|not as described)\b", MASK),
    (_IF, MASK),
    # ninth pass: a belief the buyer then corrects ("i was sure it was fake but it s genuine"):
    # only what comes after the "but" is the item's state
    (r"\b(?:thought|was sure|were sure|believed|assumed|suspected|feared)\b(?: (?!but\b)\w+){1,6}"
     r" but (?:it|its|they|turns out|turned out|in fact|actually)\b", MASK),
    # a question about authenticity before buying: "is this brand genuine or fake"
    (r"\b(?:is|are) (?:it|this|they|these|the \w+)(?: \w+){0,2} (?:genuine|original|real|fake|"
     r"authentic)(?: or (?:fake|not|a copy|original))?\b", MASK),
    (r"\b(?:how|can) (?:do |can )?(?:i |you )?(?:know|tell|check|spot|see)(?: \w+){0,6}", MASK),
    (r"\b(?:link|sms|message|email|e mail|site|website|page|call|courier|fee|photos?|videos?|"
     r"proof|evidence|reviews?|number|screenshots?)(?: \w+){0,3} (?:looks?|seems?|is|are|was|were)"
     r" (?:like )?(?:a )?fake\b", MASK),
    # a capacity that is not what it says is the listing's lie, not a counterfeit brand
    (r"\b(?:capacity|memory|storage|gb|tb|mah|wattage|power(?! banks?\b))(?: \w+){0,2} "
     r"(?:is |are |was )?fake\b",
     "not_as_described"),
    # (eighteenth pass A: a phone's case, cover or charger is a thing: "the wrong phone case")
    (r"\bwrong (?:track\w*|number|address|code|link|info\w*|name|phone(?! (?:case|cover|charger|"
     r"holder|mount|stand|strap|screen protector)s?\b)|email|status|photo|"
     r"amount|price|date|button|reason|bank|card|account)\b", MASK),
    (r"\b(?:track\w*|parcel|package|shipment|status|link|number)(?: \w+){0,3} (?:is |was |are |"
     r"been |went |has gone )?dead\b|^(?=.*\btrack).*?\bit(?: \w+){0,2} (?:is |was )?dead\b", MASK),
    # the buyer's own slip before shipping is a reason to cancel, not a wrong item
    (r"\b(?:i|we) (?:have )?(?:chose|choose|picked|selected|clicked|ordered|bought|entered|put|"
     r"typed)(?: \w+){0,2} (?:wrong|incorrect)\b(?: \w+){0,2}|\b(?:by|my) mistake\b|"
     r"\b(?:need|want|wanted|prefer|change|changing) (?:to (?:get|order|change) )?(?:it to )?"
     r"(?:a |the )?(?:different|other|another|bigger|smaller) (?:size|colou?r|variant|model)\b",
     MASK),
    (r"\b(?:box|packag\w*|packet|envelope|parcel)(?: \w+){0,2} (?:is |was |were |got |arrived )?"
     r"(?:damaged|crushed|dented|torn|wet|broken)(?: \w+){0,3} (?:but|and|however|though) "
     r"(?:the )?(?:item|product|contents?|it|everything|\w+ inside)(?: \w+){0,2} (?:is |was |"
     r"seems |looks )?(?:fine|ok|okay|intact|undamaged|works|unharmed|good)\b", MASK),
    (r"\b(?:seller|he|she|they|store|shop|aliexpress)(?: \w+){0,2} (?:does not|do not|did not) "
     r"like\b(?: \w+){0,4}|\b(?:do not|does not) like (?:how long|waiting|the wait|the delay|"
     r"the seller|the service|the delivery|the shipping)\b", MASK),
    (r"\b(?:dispute|refund|cancel|confirm|escalat\w*|open|submit|pay)\w* (?:button|option|link|"
     r"page)(?: \w+){0,2} (?:does not|do not|did not|will not|is not|not) work\w*", MASK),
    # counted pieces missing are items of the order, not parts of one item
    (r"\b(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten) (?:pieces|pcs|pairs|units|"
     r"items)\b(?: \w+){0,3}? (?:are |were |is |was )?(?:missing|not included)\b", MASK),
    # a fake message, call or offer is a scam, not a counterfeit item
    # (twenty-second pass B: "bot" is no "bottle": "the cologne is a fake bottle" is the item)
    (r"\bfake (?:customer|shipping|post|postal|whatsapp|telegram|bot(?!tle)|number|phone|invoice|"
     r"address|"
     r"receipt|discount|sale|price|order|company|agent|bank|service|government|tax|chat|profile|"
     r"app|offer|giveaway|prize|lottery|survey|job|login|password|code|payment|charge|status|"
     r"delivered|confirmation|signature|info|update|event|label|scan)\w*|"
     r"\b(?:scam|phishing|fraud)\w*(?: \w+){0,3} fake\b|\bfake(?: \w+){0,3} (?:scam|phishing|"
     r"fraud)\w*", MASK),
    # ninth pass: one colour, not the one chosen, is the variant ("it is black, not white as i
    # picked"); a material said "not gold" with no choice named stays the listing's
    (rf"\b(?:{_COLOURS})(?: one| ones| version)?,? (?:and )?not (?:the )?(?:{_COLOURS})(?: one)?,? "
     r"(?:like |as |that |which )?(?:i|we) (?:had )?(?:picked|chose|ordered|selected|wanted|asked "
     r"for|paid for|clicked)\b", "wrong_size"),
    (r"\b(?:not|fake|imitation|faux) (?:real |genuine )?(?:leather|silver|gold|wood|cotton|wool|"
     r"silk|metal|steel|glass|down|cashmere|stainless steel|"
     r"sterling silver)\b", "not_as_described"),
    # "fake" in a message about links, codes and fees is the scam's, not the item's (eighteenth
    # pass A: a batch, serial or bar code printed on the item is the item's)
    (r"\bfake (?:dhl|ups|fedex|usps|royal mail|cainiao|yanwen|4px|ems|cdek|sdek|boxberry|pochta|"
     r"russian post|nova poshta|post office)\b|^(?=.*\b(?:links?|sms|texts?|(?<!batch )"
     r"(?<!serial )(?<!bar )(?<!qr )(?<!lot )codes?|logins?|"
     r"passwords?|customs fee|phishing|scam\w*|whatsapp|telegram)\b).{0,300}?\bfake\b", MASK),
    # several colours or sizes ordered are the order's, not another variant sent
    (r"\b(?:two|three|four|five|[2-9]|in|of|several) different (?:colou?rs|sizes|variants|shades|"
     r"models)\b", MASK),
    # money and time compared with a promise are not the item: "the refund is smaller than they
    # promised", "delivery took longer than they said"
    (r"\b(?:refund|offer|compensation|amount|price|discount|coupon|payout|delivery|shipping|"
     r"wait|waiting|time)\w*(?: \w+){0,3} (?:is|was|are|were|took|takes|seems?) (?:\w+ )?"
     r"(?:smaller|bigger|larger|lower|less|shorter|longer|slower|weaker)\b(?: than)?(?: \w+){0,2}",
     MASK),
    # an item of an order of several pieces is not a part of one item: "the missing piece of my
    # 3 piece order" is one item of several
    (r"\b(?:missing |lost )?(?:piece|pieces|part|parts|item|items)\b(?: \w+){0,3} (?:\d{1,2}|two|"
     r"three|four|five|six|seven|eight|nine|ten|multi) ?(?:piece|pieces|pc|pcs|part|item|items) "
     r"order\b", MASK),
    # the packaging hurt and the item fine, told many ways: "box dented but the phone inside is
    # perfect"
    (r"\b(?:box|packag\w*|packet|envelope|parcel|outer box)(?: \w+){0,2} (?:is |was |were |got "
     r"|arrived |came )?(?:damaged|crushed|dented|torn|wet|broken|squashed|ripped|open|(?:had|has|"
     r"with) (?:a |an |some )?(?:holes?|tears?|dents?|rips?|cracks?))"
     r"(?: \w+){0,3} (?:but|and|however|though|yet) (?:the )?(?:item|product|contents?|it|"
     r"everything|\w+ inside|\w+ itself|\w+)(?: \w+){0,2} (?:is |was |are |were |seems |looks |"
     r"came |arrived )?(?:fine|ok|okay|intact|undamaged|unharmed|perfect|good|great|safe|in one "
     r"piece|not damaged|working|works)\b", MASK),
    # a size or colour in the place of another is a variant, not another product
    (r"\b(?:kids|child|children s|adult|women s|men s|womens|mens|ladies|eu|us|uk|asian|chinese|"
     r"smaller|bigger|larger|different|other|another|wrong) (?:size|colou?r|shade) instead of "
     r"(?:the |an? |my )?\w+", "wrong_size"),
    # "fake" said of words, ratings or the shop, not of the item: "fake promises", "fake reviews"
    (r"\bfake (?:promises?|excuses?|screenshots?|coupons?|vouchers?|gifts?|prizes?|bonus\w*|"
     r"warranty|guarantee|reviews?|ratings?|feedback|stars?|sellers?|stores?|shops?|brand store|"
     r"official store|label|news|answers?|replies|reply|story|stories|claims?|apolog\w*)\b", MASK),
    # one unit of several missing is an item of the order, not a part: "1 piece is missing"
    (r"\b(?:one|1|a single|another) (?:piece|pc|pair|unit|item)\b (?:is |was )?(?:missing|not "
     r"included|did not come|never came)\b|\bmissing (?:one|1|a single) (?:piece|pc|pair|unit|"
     r"item)\b", MASK),
    # nothing missing, said with the parts' names: "no parts missing", "no pieces are missing"
    (r"\b(?:no|none of the|not a single|not one) (?:\w+ )?(?:parts?|pieces?|screws?|cables?|items?|"
     r"accessor\w+|bits?|components?)\b (?:are |were |is |was )?(?:missing|lost)\b|\bnothing "
     r"(?:is |was |at all )?missing\b", MASK),
    # what the listing says comes in the box is the product, not a missing part: "comes with no
    # charger", "no batteries included per the listing"
    (r"\b(?:comes|come|sold|ships) (?:with no|without)(?: \w+){1,2}|\b(?:listing|description|"
     r"page|ad|title)\b(?: \w+){0,4} (?:not included|no \w+ included|(?:says|said|states|stated) "
     r"(?:\w+ ){0,2}(?:without|no))\b|\b(?:not included|no \w+ included)\b(?: \w+){0,3} "
     r"(?:in|on|per|by|says|said|according to) (?:the )?(?:listing|description|page|ad|title)\b",
     MASK),
    # a copy the listing sold as one is no counterfeit: "advertised as a replica"
    (r"\b(?:advertised|advertises?|sold|listed|described|labell?ed|marked|bought|ordered) (?:it "
     r"|them )?as (?:an? )?(?:replica|copy|imitation|clone)\b|\b(?:replica|copy|imitation) on "
     r"purpose\b", MASK),
    # a thing that was itself ordered and is missing is an item of the order, not a part: "ordered
    # a case and a charger, the charger is missing"
    (r"\b(?:ordered|bought|purchased|order (?:with|of|had|included|contained))\b(?: \w+){0,6}? "
     r"(?P<thing>chargers?|cables?|remotes?|batter(?:y|ies)|adapters?|plugs?|straps?|stands?|"
     r"lens(?:es)?|mounts?|cases?|covers?|brush(?:es)?|lids?|caps?)\b(?: \w+){0,8}? (?P=thing) "
     r"(?:is |was |are |were )?(?:missing|not (?:there|included|in the (?:box|package|parcel))|"
     r"never came|did not come|did not arrive)\b", MASK),
    # a worry or a general question about fakes is no item's problem: "might be fake", "are the
    # airpods on aliexpress fake"
    (r"\b(?:may|might|could|afraid|worried|scared|fear|wonder\w*|unsure|not sure|suspect)"
     r"(?: \w+){0,3} (?:be |is |are |it is |they are )?(?:fake|counterfeit|a replica|not original|"
     r"not genuine)\b|^(?:is|are|do|does|will|can|could|would) (?:it|this|that|they|these|those|"
     r"the|all|everything|aliexpress|ali|there|most|any|such|items|products)\b(?: \w+){0,5} "
     r"(?:fake|counterfeit|replicas?|not original)\b", MASK),
    # a difference denied is no problem: "i hope it is not different from the photos"
    (r"\b(?:not|no|never) (?:\w+ )?(?:different|differs?) (?:from|than|to)\b(?: \w+){0,3}",
     MASK),
    # the packaging, not the item, is what is not original: "came in not original packaging"
    (r"\bnot (?:the |an? |in )?(?:original|genuine) (?:box|boxes|packaging|package|packing|bag|"
     r"label|seal|sticker|wrapping)\b|\b(?:box|packaging|package|packing|seal|wrapping) (?:is |was "
     r"|looks )?not (?:the )?(?:original|genuine)\b", MASK),
    # used or worn sold as new is the listing's lie, whatever scratches it has
    (r"\b(?:used|second ?hand|refurbished|worn|opened|pre ?owned)\b(?: \w+){0,6} (?:listing|"
     r"description|ad|page|title|it|they|seller|shop|store) (?:said|says|stated|states|claimed|"
     r"claims|promised) (?:it is |it was |it s )?(?:brand )?new\b|\b(?:sold|listed|advertised|"
     r"described) as (?:brand )?new\b(?: \w+){0,6} (?:used|second ?hand|refurbished|worn|pre "
     r"?owned)\b", "not_as_described"),
    # a part not needed is not missing: "no screws needed"
    (r"\bno (?:\w+ )?\w+ (?:is |are )?(?:needed|required|necessary)\b", MASK),
    # a bank, a wallet or a card that does not work is not the item
    (r"\b(?:bank|qiwi|wallet|card(?! (?:reader|holder|slot|game|case))|paypal|yoomoney|webmoney|"
     r"account)\b(?: (?!(?:the|it|this|these|a|an|my|his|her|its|item|product|one)\b)\w+){0,5} "
     r"(?:does not|do not|did not|is not|not) work\w*", MASK),
    # the size or colour is not the one ordered: a variant, never another product
    (r"\b(?:size|colou?r|shade|variant|version)\b(?: \w+){0,2} (?:is |was |are |were )?not (?:the "
     r"one |what )?(?:i|we) (?:order|ordered|chose|choose|picked|selected|wanted|asked for|paid "
     r"for)\b|\bnot the (?:size|colou?r|shade|variant|version) (?:that )?(?:i|we) (?:order|ordered|"
     r"chose|choose|picked|selected|wanted|asked for|paid for)\b", "wrong_size"),
    # a bare count ordered against a count got is a number of items, not a size: "ordered 12 got
    # 10" (a size says so: "chose size 42 but received 40")
    (r"\b(?:ordered|order|bought|paid for) \d{1,3}\b(?: \w+){0,2}? (?:got|received|came|sent|they "
     r"sent|send)(?: me)? (?:only )?\d{1,3}\b(?! ?(?:eu|us|uk|cm|mm)\b)", MASK),
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
    # (eighteenth pass A: the same size got is no other: "ordered size 40 and got size 40")
    (r"\b(?:chose|ordered|picked|selected) (?:size |a size )?(?P<p18>\d{2}(?:\.5)?|xxs|xs|xl|xxl|"
     r"xxxl|[2-5]xl)\b(?: \w+){0,2}? (?:but |and )?(?:got|received|came|they sent|sent)(?: me)? "
     r"(?:size |a )?(?!(?P=p18)\b)(?:\d{2}(?:\.5)?|xxs|xs|s|m|l|xl|xxl|xxxl|[2-5]xl)\b",
     "wrong_size"),
    (r"\b(?:smaller|bigger|larger|thinner|different|worse) than (?:on|in) (?:the"
     r" )?(?:pics?|photos?|"
     r"pictures?|images?|listing|site|website|page|ad)\b|\bnot (?:as|like) (?:on|in) (?:the )?"
     r"(?:pics?|photos?|pictures?|images?|listing|site|page|ad)\b|\b(?:listing|description|ad|page)"
     r" (?:says|said|shows|showed|promised) (?:\w+ ){0,3}but (?:it |this |they )?(?:is |are |was )?"
     r"(?:only|just|actually)\b", "not_as_described"),
    (r"\b(?:not what (?:was |is |they )?(?:described|advertised|shown|pictured|promised)|not "
     r"what the (?:listing|description|ad|photos?|pictures?) (?:says|said|shows|showed))\b|"
     r"\b(?:listing|description|ad|page|photos?|pictures?) (?:says|said|shows|showed|promised|"
     r"stated|claims|claimed) "
     r"(?!(?:\S+ ){0,4}(?:(?:deliver|ship|arriv|charg|free)\w*|days?|weeks?|months?)\b)"
     r"(?:\S+ ){0,4}but (?:it|this|they|the \w+|i got|i received|received|came)\b",
     "not_as_described"),
    (r"\b(?:arrived|came|delivered|received it)(?: (?!not\b|never\b|no\b)\w+){0,2}? "
     r"(?:bent|torn|ripped|crushed|squashed|"
     r"deformed|squished|broken)\b|\bbroken (?:in|during) (?:transit|delivery|shipping|the post|"
     r"shipment)\b", "damaged"),
    (r"\bdead pixels?\b|\b(?:is|was|arrived|came) doa\b|\b(?:overheats|overheating)\b",
     "defective"),
    (r"\b(?:sent|shipped|got|received)(?: me)? (?:another|a different|the wrong) (?:model|item|"
     r"product|thing)\b", "wrong"),
    (r"\b(?:are|is|came in|came as|labeled|labelled) (?:size )?(?:\d{2}(?:\.5)?|xxs|xs|xl|xxl|"
     r"xxxl|[2-5]xl)\b(?: \w+){0,2}? (?:but )?(?:i|we) (?:have )?(?:ordered|chose|picked|selected)"
     r" (?:size |a )?(?:\d{2}(?:\.5)?|xxs|xs|s|m|l|xl|xxl|xxxl|[2-5]xl)\b", "wrong_size"),
    (r"\bmissing (?:the |a |an |its |one |two |some |all )(?:\w+ )?(?:parts?|pieces?|screws?|"
     r"cables?|charger|chargers|remote|batter(?:y|ies)|manual|adapter|plug|lid|strap|stand|"
     r"bolts?|lens(?:es)?|mount|accessor\w+|cover|case|wheels?|legs?|buttons?)\b",
     "missing_parts"),
    (r"\bregret (?:buying|ordering|the purchase|purchasing|getting)\b|\bnot (?:really )?(?:my "
     r"style|for me)\b", "remorse"),
    (r"\b(?:is|it is|its|they are|are) (?:an? |just an? |obviously an? )?(?:cheap )?(?:copy|clone|"
     r"imitation|replica|copies|clones)\b(?! of (?:the |my |your )?(?:receipt|invoice|order|"
     r"message|chat|photo|tracking|document|id|passport))", "fake"),
    (r"\b(?:water|transit|shipping|delivery) damage\b|\b(?:arrived|came|delivered) (?:all )?"
     r"(?:ruined|soaked|wet and ruined)\b", "damaged"),
    (r"\b(?:came|arrived|sent|was)(?: \w+){0,2}? without (?:the |any )?instructions\b",
     "missing_parts"),
    # the listing against what came, in either order
    (r"\b(?:size (?:chart|guide|table)|measurements?)\b(?: \w+){0,8} (?:too (?:small|big|large|"
     r"tight|short|long|narrow|wide)|(?:does|do) not fit|smaller|bigger|way off)\b|\btoo (?:small|"
     r"big|large|tight|short|long)\b(?: \w+){0,6} (?:size (?:chart|guide|table))\b|"
     r"^(?!.*\b(?:deliver|ship|arriv)\w*).*\b(?:but|while|though|whereas|"
     r"although) (?:the )?(?:listing|"
     r"description|ad|page|title|photos?|pictures?) (?:says|said|stated|states|claims|claimed|"
     r"shows|showed|promised)\b|^(?!.*\b(?:deliver|ship|arriv)\w*).*\b(?:listing|description|ad|"
     r"page|photos?|pictures?|title) (?:says|said|shows|showed|stated|claimed|promised)(?: \S+)"
     r"{1,4} (?:it is|it s|its|they are|but it|but they|actually|in reality|in fact|really is)\b|"
     r"\b(?:only|just|actually|real|"
     r"actual) (?:capacity )?(?:is )?\d{1,6} ?(?:gb|tb|mah|w|wh|mb)\b(?: \w+){0,4} (?:advertised|"
     r"listed|stated|claimed|promised|says|said|not)\b|\badvertised as \d{1,6} ?(?:gb|tb|mah|w|wh|"
     r"mb)\b", "not_as_described"),
    (r"\b(?:lacks|lacking|lacked|without) (?:the |a |an |any )?(?:screws?|cables?|charger|remote|"
     r"batter(?:y|ies)|manual|adapter|plug|lid|strap|stand|parts?|pieces?|instructions|tripod|"
     r"cover|hose|nozzle|blade|filter|cord|power supply|power adapter|earpads|ear tips|wheels?|"
     r"legs?)\b|\b(?:set|kit|package|box) (?:is |was )?not complete\b|\b(?:did not|does not|do not|"
     r"was not|were not) (?:come with|include|have) (?:the |a |an |any )?(?:screws?|cables?|"
     r"charger|remote|batter(?:y|ies)|manual|adapter|plug|lid|strap|stand|parts?|instructions|"
     r"tripod|cover|hose|nozzle|blade|filter|cord|power supply|earpads|ear tips)\b",
     "missing_parts"),
    (r"\b(?:turns|shuts|switches) (?:off|down) (?:by itself|on its own|randomly|after)\b|"
     r"\b(?:does not|do not|did not|will not|would not|is not|not) (?:heat|heat up|cool|spin|print|"
     r"read|record|function|work properly|lock|close properly|inflate|vibrate|display)\b|"
     r"\bflicker\w*|\bshort circuit\w*|\bsparks?\b|\bglitch\w*|\bonly (?:one|the left|the right) "
     r"(?:earbud|side|speaker|earphone|headphone|half)s? (?:works?|working|plays?|playing)\b",
     "defective"),
    (r"\binstead of (?!(?:the |a |an |my )?(?:refund|money|coupon|replacement|partial|voucher|"
     r"discount|reply|answer|tracking)\b)(?:the |a |an |my )?\w+(?: \w+)? (?:they|the seller|he|"
     r"she|i) (?:sent|got|"
     r"received|shipped)\b|\b(?:someone|somebody) (?:else s|elses) (?:order|item|package|"
     r"parcel)\b|\bdifferent brand\b|"
     r"\b(?:is|it is|it s|its) (?:a |an )?(?:completely |totally |entirely )?(?:different|another) "
     r"(?:product|item|thing|model)\b", "wrong"),
    # (twenty-fifth pass A: help, a refund or the dispute no longer needed is no change of mind)
    (r"\bno longer (?:need|want) (?:it|them|this|these|the (?!(?:refund|help|dispute|claim|money|"
     r"answer|reply|coupon|replacement|tracking|advice)\b)\w+)\b|\b(?:do not|does not) need "
     r"(?:it|them) (?:any ?more|now)\b", "remorse"),
    (r"\bworks? (?:badly|bad|poorly|terribly|very bad)\b|\bnot functioning\b|\bstopped "
     r"functioning\b|\bbroke down\b|\bout of order\b|\bburn(?:ed|t) (?:out|up)\b|\bmelted\b|"
     r"\bbattery (?:is )?(?:swollen|bulging)\b|\bdied (?:after|within|on|in) (?:the )?(?:first|one|"
     r"two|three|a|\d)\b|\b(?:screen|display) (?:is |stays |remains )?(?:black|blank)\b|\bno "
     r"(?:image|display)\b", "defective"),
    (r"\b(?:has|had|with|there are|there were) (?:some |many |deep |big )?(?:cracks|dents|holes|"
     r"scratches)\b|\b(?:arrived|came|delivered) (?:completely )?destroyed\b|\bscratches all "
     r"over\b", "damaged"),
    (r"\b(?:in the (?:parcel|package|box) (?:was|were|i found)|the (?:parcel|package|box) (?:had|"
     r"contained))(?: \w+){1,4} (?:but |while |although )?(?:i|we) (?:had )?(?:ordered|bought|paid "
     r"for)\b|\b(?:sent|got|received)(?: me)? (?!(?:a |an |some |the )?(?:refund|message|email|"
     r"notification|track\w*|coupon|reply|answer|photo|money|partial|link|code)\b)(?:a |an |some |"
     r"the )?\w+(?: \w+)? "
     r"(?:but|while|although|when) (?:i|we) (?:had )?(?:ordered|bought|paid for) (?:a |an |some "
     r"|the )?\w+", "wrong"),
    # (twenty-second pass B: never a price, a cost or a total: "the price is 40 not 35")
    (r"(?<!price )(?<!cost )(?<!total )(?<!amount )\b(?:it is|it s|its|they are|came as|came in|"
     r"is) (?:an? |size )?(?:xxs|xs|s|m|l|xl|xxl|"
     r"xxxl|[2-5]xl|\d{2}(?:\.5)?) (?:not|"
     r"instead of) (?:an? |size |the )?(?:xxs|xs|s|m|l|xl|xxl|xxxl|[2-5]xl|\d{2}(?:\.5)?)\b|"
     r"\b(?:it is|it s|its|they are|came in|"
     r"is) (?:black|white|red|blue|green|yellow|grey|gray|pink|purple|orange|brown|beige|silver|"
     r"gold|navy) (?:not|instead of) (?:the )?(?:black|white|red|blue|green|yellow|grey|gray|"
     r"pink|purple|orange|brown|beige|silver|gold|navy)\b", "wrong_size"),
    (r"\b(?:do not|no longer) want (?:it|them|this|these)\b(?! to)", "remorse"),
    # non-native English: "product come broken", "item was damage", "they send other thing"
    (r"\b(?:come|comes) (?:broken|damaged|cracked|smashed|crushed|bent)\b|\b(?:have|has) (?:a |"
     r"big |"
     r"huge )?(?:crack|dent|hole)s?\b|\bdamaged? (?:in|during) (?:shipping|transit|delivery|the "
     r"post)\b|\b(?:is|was|were|got|are) damage\b|\b(?:came|arrived|come) with (?:a )?damages?\b",
     "damaged"),
    (r"\b(?:sent|send|got|received|receive|came)(?: me)? not (?:that|the|my) (?:product|item|thing|"
     r"model)\b|\b(?:sent|send|got|received|receive)(?: me)? (?:an? )?other (?:product|item|thing|"
     r"model)\b", "wrong"),
    (r"\b(?:is|it is|its|came in|sent|send|received|receive|got)(?: me)?(?: an?)? other (?:colou?r|"
     r"size|variant)\b|\bsize (?:is )?not (?:the )?same as (?:i |we )?(?:order|ordered|chose|"
     r"choose|selected)\b", "wrong_size"),
    (r"\bfalsif\w*", "fake"),
    (r"\b(?:kit|set|package|box) (?:is |was )?not full\b|\bnot all (?:the )?(?:parts|pieces|"
     r"accessories|screws|components)\b", "missing_parts"),
    (r"\bi (?:not|no) (?:like|want|need) (?:it|them|this)\b", "remorse"),
    # measured against what the listing said: "half the length they listed", "shorter than listed"
    (r"\b(?:half|a third|a quarter|a fraction|twice|double|triple) (?:of )?(?:the |its )?(?:length|"
     r"size|width|height|weight|thickness|capacity|volume|power|brightness)\b(?: \w+){0,3}? "
     r"(?:listed|advertised|stated|described|claimed|promised|shown|(?:they|the seller|it) "
     r"(?:listed|advertised|said|showed|claimed|promised|stated)|in the (?:listing|description|ad)|"
     r"on the (?:listing|page|site|website|photos?|pictures?))\b|\b(?:shorter|smaller|bigger|"
     r"larger|thinner|thicker|narrower|wider|lighter|heavier|weaker|dimmer|tinier) than (?:(?:they|"
     r"the seller|the shop|the store|it|the listing|the page|the ad|the description) (?:listed|"
     r"advertised|said|showed|shows|says|claimed|claims|promised|stated|states)|listed|claimed|"
     r"promised|stated|on the (?:listing|page|site|website|box))\b", "not_as_described"),
    # a property of the item unlike the listing: "the zipper and material are totally different"
    (r"\b(?:material|materials|fabric|leather|quality|zipper|zip|stitching|texture|finish|logo|"
     r"lining|sole|soles|thread|metal|plastic)\b(?: (?!not\b|no\b)\w+){0,3} (?:is|are|was|were|"
     r"looks?|feels?) (?:totally |completely |very |quite |entirely |so |way |just |also )?"
     r"(?:different|not the same)\b|\b(?:made (?:of|from|with)|is|it is|its|they are|uses|used) "
     r"(?:a |an )?(?:totally |completely )?(?:different|another|other|cheaper|worse) (?:material|"
     r"fabric|leather|metal|plastic)\b|\b(?:different|cheaper|worse) (?:material|fabric|leather|"
     r"metal|plastic) than\b", "not_as_described"),
    # the capacity measured, far from the one claimed: "real capacity maybe 5000"
    (r"\b(?:real|actual|true|tested|measured) (?:capacity|storage|memory|volume|power|wattage|"
     r"output|brightness)\b(?: (?:is|was|maybe|about|around|only|like|barely|just|closer to|more "
     r"like|less than|under|approx\w*|probably|at most|of)){0,3} (?:\d|half|a third|a quarter|a "
     r"fraction|much less|way less|far less|nowhere near)", "not_as_described"),
    # another variant came in the ordered one's place: "the blue one came instead of black"
    (rf"\b(?:{_COLOURS}) (?:one |ones |pair |version |variant |model |piece |item )?"
     r"(?:came|arrived|was sent|got sent|were sent|was delivered|showed up|turned up|is here) "
     r"(?:instead of (?:the |a |my )?|(?:but |and |while |though )?(?:i|we) (?:had )?(?:ordered|"
     rf"chose|picked|selected|wanted|paid for) (?:a |an |the )?)(?:{_COLOURS})\b", "wrong_size"),
    # eighth pass: the ordered variant first, then another one got: "wanted blue got green",
    # "picked the black one but they sent white" (the same colour twice is no swap)
    (rf"\b(?:ordered|chose|picked|selected|wanted|asked for|paid for) (?:a |an |the )?"
     rf"(?P<c>{_COLOURS})(?: one| ones| pair| version| color| colour)?(?: but| and| yet)?"
     rf"(?: i| we)? (?:got|received|came|was sent|they sent|he sent|sent me|get) (?:a |an |the )?"
     rf"(?!(?P=c)\b)(?:{_COLOURS})\b", "wrong_size"),
    # another product, told without "instead": "ordered phone case got a keychain"; the thing got
    # is no message, fee or notice ("ordered a chair and got a delay notice")
    (r"\b(?:ordered|bought|purchased|paid for|paid (?:\S+ ){1,4}?for) (?:a |an |the |some )?"
     r"(?!(?:it|them|this|that|these|"
     r"those|one|two|three|four|five|six|a|an|and|but|then|so|week|month|day|year|few|couple|while|"
     r"long|bit|last|size|colou?r|twice|again|online|from|on|in|at|for|with|by|before|yesterday|"
     rf"today|something|nothing|everything|{_COLOURS})\b)(?P<ordered>[a-z]+(?: [a-z]+){{0,2}}) "
     r"(?:but |and |yet |then )?(?:i |we )?(?:got|received|they sent(?: me)?|the seller sent"
     r"(?: me)?|he sent(?: me)?) (?:a |an |some )(?:(?:pair|set|pack|box|bag|bunch) of )?"
     r"(?!(?:refund|coupon|message|reply|answer|email|"
     r"e mail|mail|notification|call|text|sms|letter|note|track\w*|number|link|code|photo|picture|"
     r"video|partial|replacement|new|full|discount|voucher|bonus|gift|free|broken|damaged|"
     r"defective|cracked|used|dirty|fake|cheap|smaller|bigger|larger|different|wrong|similar|same|"
     r"size|colou?r|pair|couple|few|lot|bit|day|week|month|response|update|confirmation|notice|"
     r"receipt|invoice|bill|fee|fine|charge|tax|duty|customs|warning|error|penalty|ticket|survey|"
     r"cancell?ation|delay|delayed|apology|excuse|promise|question|request|offer|proposal|deal|"
     r"chance|problem|issue|status|label|certificate|claim|dispute|complaint|compensation|credit|"
     r"points?|reward|cashback|rating|review|feedback|ad|spam|scam|invitation|reminder|report|"
     r"parcel|package|box|bag|envelope|shipment|delivery|courier|one|small|big|tiny|huge|totally|"
     r"completely|very|really|xxs|xs|s|m|l|xl|xxl|xxxl|"
     rf"{_COLOURS})\b)(?!(?P=ordered)\b)[a-z]+\b(?! (?:one|ones|as well|too|also|for free|free|"
     r"as a gift|with it|from|notice|message|email|fee|letter|number|code|link)\b)", "wrong"),
    # sent the wrong thing, in any form of the verb: "for sending the wrong charger"
    (r"\b(?:sent|sending|send|sends|shipped|shipping|delivered|packed|packing|gave me|giving me|"
     r"got|received|receiving)(?: me| us)? (?:the |a |an )?wrong (?!(?:size|sizes|colou?rs?|"
     r"variant|version|shade|address|track\w*|number|code|link|info\w*|name|phone|email|status|"
     r"photo|amount|price|date|reason|bank|card|account|idea|impression|message|answer|reply|"
     r"refund|person|house|city|country|way|day|time|week|month|parcel|package|notification|"
     r"notice|sms|text|door|floor|street|building|flat|apartment|office|branch|locker|post|"
     r"postcode|zip|customer|buyer|recipient|invoice|receipt|label)\b)[a-z]+(?! (?:number|"
     r"address|notification|notice|info\w*|email|message|code|label)\b)", "wrong"),
    # broke in use, more parts and more ways: "the heels snapped off", "gets super hot"
    (r"\b(?:heels?|soles?|legs?|arms?|lid|wheels?|hinges?|knobs?|clips?|caps?|hooks?|handles?|"
     r"straps?|buckles?|buttons?|keys?|pins?|latch|screen protector|temple|earpiece)\b(?: \w+)? "
     r"(?:snapped|fell|came|broke|popped|peeled)(?: right)? off\b|\b(?:screen|display|monitor|tv)"
     r"(?: \w+){0,2} (?:is all|has|shows?|with|full of) (?:\w+ )?(?:lines|stripes|spots|dead "
     r"pixels|artifacts|flicker\w*)\b|\b(?:gets|getting|becomes|heats up|runs) (?:super |very |"
     r"really |extremely |too |crazy )?(?:hot|burning hot)\b|"
     r"\bsmells? (?:burnt|burned|burning|of burning|like burning)\b|\bonly (?:plays?|works?|"
     r"sounds?|charges?|playing|working) (?:from|on|in|with) (?:one|1|the left|the right) (?:side|"
     r"ear|earbud|channel|speaker)\b|\b(?:it|they|\w+) (?:does not|did not|will not|would not) "
     r"(?:suck|cut|blow|pump|grip|boot|rotate|stay on|stay charged|hold air)\b", "defective"),
    # more arrival damage: "arrived in three pieces", "has a big crack", "soaked and ruined"
    (r"\b(?:arrived|came|broke|broken|smashed|shattered|cracked|was|were|is|are) in(?:to)? "
     r"(?:two|three|four|several|many|a few|a hundred|a thousand|a million|\d{1,3}) pieces\b|"
     r"\b(?:has|had|with|there is|there was|got) (?:a |an )?(?:big |huge |small |deep |long |"
     r"visible |large )(?:crack|dent|hole|chip|tear|scratch)\b|\b(?:soaked|wet|crushed|squashed)"
     r"(?: \w+){0,4} (?:is |are |was |were )?(?:ruined|destroyed|broken)\b", "damaged"),
    # a copy told in the plural, or "not real <brand>"
    (r"\bcheap (?:copies|imitations|clones|fakes)\b|\b(?:it is|its|it s|they are|these are|this "
     r"is|those are|that is|the \w+ (?:is|are)) not (?:a |an )?(?:real|genuine|original|authentic) "
     r"(?!(?:leather|silver|gold|wood|cotton|wool|silk|metal|steel|glass|down|cashmere|size|"
     r"problem|issue|answer|reply|tracking|number|refund|seller|store|shop|person|address|photo|"
     r"photos|yet|time|money|account|website|site|link|page)\b)[a-z]+\b", "fake"),
    # the size against the one picked: "a size smaller than i picked", "asked for 38, got 36"
    (r"\bsizes? (?:smaller|bigger|larger|too small|too big) than (?:the "
     r"one |what )?(?:i|we) (?:have )?(?:picked|ordered|chose|selected|asked for|wanted|paid "
     r"for)\b|"
     r"\b(?:asked for|wanted|requested|chose|picked|selected|ordered) (?:a |size |an? )?"
     r"(?P<q18>xxs|xs|xl|xxl|xxxl|[2-5]xl|\d{2}(?:\.5)?)\b(?: \w+){0,2}? (?:but |and )?"
     r"(?:they |he |she |the seller |it )?(?:sent|shipped|gave|got|received|came)(?: me| us)?"
     r"(?: in)? (?:a |an |size )?"
     # (eighteenth pass A: never the same size: "ordered size 40 and got size 40")
     r"(?!(?P=q18)\b)(?:xxs|xs|s|m|l|xl|xxl|xxxl|[2-5]xl|\d{2}(?:\.5)?)\b", "wrong_size"),
    # another product found in the parcel, the ordered one named after
    (r"\b(?:parcel|package|box)(?: \w+)? (?:had|contained|held) (?:a |an |some )?(?!(?:one|two|"
     r"three|four|five|only|just|half|\d+)\b)\w+(?: \w+){0,5}"
     r" (?:but |while |although |when |and )?(?:i|we) (?:had )?(?:ordered|bought|paid for)\b|"
     r"\bnot what (?:i|we) (?:bought|paid for|purchased|chose|selected|picked)\b|\bsomeone "
     r"elses? (?:order|item|package|parcel|stuff|thing)\b", "wrong"),
    # what it claims against what it is, or a comparative against the photos
    (r"\b(?:claimed|claims|says|said|advertised|listed|stated|promised|sold as)(?: as)? \d{1,6} "
     r"?(?:gb|tb|mah|w|wh|mb|lm|lumens)\b(?: \w+){0,2} (?:but|while|yet) (?:it s |its |it is |"
     r"they are |in fact |in reality )?(?:really|actually|only|just|barely)\b|"
     r"\b(?:darker|lighter|brighter|duller|paler|thinner|thicker|"
     r"shorter|smaller|bigger|larger|tinier|narrower|wider|weaker|cheaper|rougher|flimsier|uglier|"
     r"worse|heavier|softer|harder|looser|tighter) than (?:in |on )(?:the )?(?:pics?|photos?|"
     r"pictures?|images?|"
     r"listing|description|ad|page|site|website)\b", "not_as_described"),
    # the accessory absent from the box: "box had no charging cable inside"
    (r"\b(?:box|package|parcel|set|kit)(?: \w+){0,2} (?:had|has|came with|contained|contains) no "
     r"(?:\w+ )?(?:parts?|pieces?|screws?|cables?|cords?|charger|remote|batter(?:y|ies)|manual|"
     r"adapter|plug|lid|strap|stand|instructions|accessor\w+|lens(?:es)?|mount)\b",
     "missing_parts"),
    # a change of mind told as regret or impulse
    # (once it came: before that, regret is a reason to cancel, not an item's problem)
    (r"^(?=.*\b(?:arrived|received|came|got it|got them|delivered|wore|worn|used|tried|opened|"
     r"unpacked)\b).*?(?:(?<!not )(?<!never )(?<!will )(?<!would )(?<!gonna )(?<!going to )"
     r"\b(?:regret|regretting|regretted) (?:it|this|that|the order|my order|my purchase)\b|"
     r"\b(?:impulse (?:buy|purchase)|by impulse|on impulse|on a whim)\b)", "remorse"),
    # broken on arrival in non-native English: "broken when arrive", "it came damage", "chipped"
    (r"\b(?:broken|broke|damaged?|cracked|smashed) (?:when|on|at|upon|after) (?:it |they )?"
     r"(?:arrive[ds]?|arrival|delivery|i open\w*|opening|unboxing|unpacking|i unpack\w*|i got it|"
     r"i received it)\b|\b(?:came|arrived|come|comes) (?:all )?damage\b|(?<!not )(?<!no )"
     r"\bchipped\b", "damaged"),
    # does not work, in more words: "doesnt works", "lags and freezes", "battery drains in an hour"
    (r"\b(?:does not|do not|did not|not) works\b|^(?!.*\b(?:track|parcel|package|status|order|"
     r"shipment|delivery|site|website|app|page|seller)\w*).*?\b(?:lags|lagging|freezes|freezing|"
     r"crashes|crashing|hangs|keeps hanging)\b|\bbattery (?:drains|dies|runs out|lasts only|only "
     r"lasts|lasts|is dead) (?:very |so |really )?(?:fast|quickly|in (?:an|one|1|a few|\d{1,2}) "
     r"(?:hour|hours|minutes|min|mins)|after (?:an|one|1|\d{1,2}) (?:hour|hours|minutes|min|mins))"
     r"\b|\b(?:screen|touch ?screen|touch|buttons?|keys?|mic|microphone|sensor|remote|mouse|"
     r"keyboard|trackpad|touchpad|controller|joystick)\b(?: \w+)? (?:does not|do not|is not|are "
     r"not|not|stopped|stops|never) (?:respond\w*|pick\w* up|react\w*|register\w*|detect\w*)\b|"
     r"\bno light\b", "defective"),
    # another product, said as "not my order" or "totally other thing"
    (r"\b(?:this|it|that|what i got|what came|the item|the product|the thing) (?:is|was) not (?:my|"
     r"the) (?:order|item|product|thing)\b(?! number)|\b(?:totally|completely|entirely) (?:other|"
     r"another) (?:thing|item|product|model)\b", "wrong"),
    # the variant sent, then the one needed: "they sent 2xl, i need m"
    (r"\b(?:sent|got|received|came)(?: me)? (?:a |an |the |in )?(?:size )?(?:xxs|xs|xl|xxl|xxxl|"
     r"[2-5]xl|\d{2}(?:\.5)?)\b(?: \w+){0,3}? (?:but |and |when |while )?(?:i|we) (?:need|needed|"
     r"asked for|requested|wear) (?:a |an |the |size )?(?:xxs|xs|s|m|l|xl|xxl|xxxl|[2-5]xl|"
     r"\d{2}(?:\.5)?)\b", "wrong_size"),
    # unlike the photos, told with "look": "it does not look like on the photos"
    (r"\b(?:does not|do not|did not|not) look(?:s|ing)? (?:anything |at all )?(?:like|as) (?:it "
     r"did |it does |they did |they do )?(?:in|on) (?:the )?(?:pics?|photos?|pictures?|images?|"
     r"listing|description|ad|page|site|website)\b", "not_as_described"),
    # more parts absent: "the tent has no poles", "no shade, no bulb"
    (r"\b(?:has|had|came with|arrived with|with|there (?:is|was|are|were)) no (?:\w+ )?(?:bulbs?|"
     r"shade|poles?|pegs?|tubes?|hoses?|filters?|blades?|nozzles?|cords?|wires?|earpads|ear tips|"
     r"strings?|screws?|nuts?|bolts?|legs?|wheels?|handles?|hooks?|brackets?|clips?|pump|needles?|"
     r"cushions?|lid|remote|charger|cables?|batter(?:y|ies)|manual|instructions|adapter|plug)\b|"
     r"\bno (?:shade|bulbs?|poles?|pegs?|lid|remote|batteries|manual|instructions|screws|legs|"
     r"wheels)\b(?! (?:needed|required|necessary|included in the listing))", "missing_parts"),
    # torn or ripped as it came: "the shade is torn"
    (r"\b(?:is|was|were|are|got|came|arrived) (?:all |completely |badly )?(?:torn|ripped|bent|"
     r"crumpled|squashed|snapped|shattered)\b(?!(?: \w+){0,2} (?:after|within|on the first|the "
     r"first time|when i|once i|while|during use))", "damaged"),
    # what the item does or measures differs from the listing: "the functionality differs from
    # the description"
    (r"\b(?:functions?|functionality|features?|size|dimensions|measurements|specs?|"
     r"specifications|characteristics|parameters|performance|capacity|power)\b(?: \w+){0,2} "
     r"(?:differs?|differ|is different|are different|was different|were different|do not match|"
     r"does not match) (?:from|to|with)? ?(?:the |what (?:was |is )?)?(?:description|described|"
     r"listing|listed|claimed|stated|advertised|declared|promised|photos?|pictures?|page|ad)\b",
     "not_as_described"),
    # non-native English: "it stop working", "no working", "arrive broken", "i receive different
    # thing", "i order red they send blue", "not same like photo"
    (r"\bstop (?:working|charging|work)\b|\bno (?:working|functioning|charging)\b", "defective"),
    (r"(?<!will )(?<!would )(?<!might )(?<!may )(?<!could )(?<!can )(?<!does )(?<!do )(?<!did )"
     r"(?<!if )(?<!when )(?<!that )\b(?:it|item|product|goods|thing|everything|they|all) arrive "
     r"(?:all )?(?:broken|damaged|cracked|smashed|crushed|in pieces)\b", "damaged"),
    (r"\b(?:receive|received|get|got|send|sent|sends)(?: me)? (?:a |an |the )?(?:different|other|"
     r"another) (?:thing|stuff|goods)\b|\bnot what (?:i|we) (?:buy|order)\b", "wrong"),
    # (the same variant twice is what was ordered: "ordered black and got black")
    (r"\b(?:order|ordered|buy|bought|chose|choose|pick|picked|select|selected)(?: a| the| size)? "
     rf"(?P<chosen>{_COLOURS}|xxs|xs|xl|xxl|xxxl|[2-5]xl|size \d{{2}})\b(?: \w+){{0,2}}? "
     r"(?:but |and )?(?:they |he |she |seller |the seller |it )?(?:send|sent|give|gave|got|get|"
     rf"receive|received|came|come)(?: me)? (?:a |an )?(?!(?P=chosen)\b)(?:{_COLOURS}|xxs|xs|s|m|"
     r"l|xl|xxl|xxxl|[2-5]xl|size \d{2})\b", "wrong_size"),
    (r"\bnot (?:the )?same (?:like|as) (?:in |on )?(?:the )?(?:photos?|pics?|pictures?|images?|"
     r"description|listing|ad|site|page)\b|\bnot like (?:in |on )?(?:the )?pics?\b|\bnothing "
     r"like (?:the )?\d+ ?(?:lumens|lm|mah|gb|tb|w|watts?|mbps)\b", "not_as_described"),
    # worn off or fallen apart in use: "the plating came off after a day", "fell apart after 2
    # wears"
    (r"\b(?:paint|coating|plating|colou?r|dye|print|gold|silver|chrome)(?: \w+)? (?:came|comes|is "
     r"coming|peeled|wore|wears|rubbed|rubs|flaked) off\b|\b(?:fell apart|came apart|broke|ripped|"
     r"tore)(?: \w+){0,2} (?:after|within) (?:\d{1,3}|one|two|three|a few|a couple of) (?:wears|"
     r"washes|uses|days|weeks|times)\b", "defective"),
    # the size sent, then the size ordered, as bare numbers: "came 39, i ordered 41"
    (r"\b(?:came|got|received|sent(?: me)?|arrived|is|are) (?:in |a |an )?(?:size )?"
     r"(?P<got>\d{2}(?:\.5)?)"
     r"\b(?: \w+){0,2}? (?:but |and |while |though |when )?(?:i|we) (?:had )?(?:ordered|chose|"
     r"picked|selected|asked for) (?:size |a )?(?!(?P=got)\b)\d{2}(?:\.5)?\b(?! ?(?:days?|weeks?|"
     r"hours?|months?|pcs|pieces|items|units|%|\$|€|£))", "wrong_size"),
    # another thing put in the place of the one ordered: "instead of the lamp they put a mug"
    (r"\binstead of (?!(?:the |a |an |my )?(?:refund|money|coupon|replacement|partial|voucher|"
     r"discount|reply|answer|tracking)\b)(?:the |a |an |my )?\w+(?: \w+)? (?:they|seller|"
     r"the seller|store|shop|he|she) (?:put|sent|packed|gave|shipped|included|stuck)\b|"
     r"\bsomething (?:else|different) (?:than|from) (?:what )?(?:i|we) (?:ordered|bought|chose|"
     r"paid for)\b", "wrong"),
    # the same thing twice in place of two different ones: "got two of the same, no keyboard"
    (r"\b(?:got|received|came|sent(?: me)?|they sent|packed) (?:two|2|both|three|3)(?: of)?"
     r"(?: the)? (?:same|identical)\b(?! (?:days?|times?|dates?|weeks?|months?|messages?|emails?|"
     r"answers?|repl(?:y|ies)|texts?|links?|photos?|videos?|tracking|numbers?|codes?|refunds?|"
     r"notifications?)\b)", "wrong"),
    # it does not even work: "doesnt even turn on", worked a while then died, "stopped heating"
    (r"\b(?:does not|do not|did not|will not|would not) even "
     r"(?:turn on|switch on|power on|boot|light up)\b", "defective"),
    (r"\bworked(?: fine| ok| well)?(?: for)? (?:\w+ )?(?:days?|weeks?|hours?|times?|uses?|"
     r"months?|nights?)\b(?: \w+)? (?:then|and then|before it|but then|and) (?:it )?"
     r"(?:stopped|died|quit|broke|failed)\b",
     "defective"),
    (r"\bworked (?:once|twice|a few times|a couple of times) (?:and|then|and then) (?:never "
     r"again|stopped|died|quit)\b|\bused (?:it|them) (?:once|twice|a few times|a couple of times|"
     r"\d times) (?:and|then|and then) (?:it |they )?(?:broke|died|stopped working|quit)\b|"
     r"\b(?:it|heater|cooler|fan|lamp|light|pump|charger|motor|drone|toy|kettle|device|"
     r"machine|speaker|camera|printer|blender|iron) (?:has )?(?:stopped|stops|quit) (?:heating|"
     r"cooling|spinning|lighting|glowing|blowing|pumping|vibrating|cutting|printing|playing|"
     r"recording|boiling|flying|turning on|powering on)\b", "defective"),
    # what the listing or chart said against what came: "size chart says 50cm, real is 44"
    (r"\b(?:listing|description|title|ad|product page|size chart|size guide|chart|label|box|"
     r"page) (?:says|said|stated|states|claimed|claims|shows|showed|promised)\b(?: (?!(?:delivery|"
     r"shipping|ships?|days?|weeks?|months?|arrive\w*|deliver\w*|free|dispatch\w*|send\w*|"
     r"sent)\b)\S+){1,5} "
     r"(?:but |and |while )?(?:the )?(?:real|actual|in reality|really|actually|this is|it is|its|"
     r"it s|mine is|what i got is|what came is)(?: one| size| capacity| thing)? (?:is |was )?"
     r"(?:clearly |actually |really |obviously |only |just )?(?!\d+ days?\b)\w+",
     "not_as_described"),
    (r"\b(?:half|a third|a quarter) as (?:big|large|long|wide|tall|thick|high) as (?:it looks |it "
     r"is |shown )?(?:in |on )?(?:the )?(?:photos?|pictures?|pics?|images?|listing|description|"
     r"ad)\b|"
     r"\b(?:half|a third|a quarter|twice smaller|two times smaller|three times smaller) (?:the |of "
     r"the )?(?:size|length|height|width|thickness|volume)? ?(?:of|than|as|from) (?:the |in the |"
     r"on the )?(?:photos?|pictures?|pics?|images?|listing|description|ad)\b|\b\d+ ?(?:gb|tb|mb|"
     r"mah|w|watts?|l|ml|lm|lumens?)\b(?: [a-z]+){0,4}? (?:(?:is|was|are|were|holds?|has|have|"
     r"gives?|stores?|shows?|delivers?|measures?|reads?|fits?) (?:really|actually|only|in fact|in "
     r"reality|just|barely|maybe)|(?:really|actually|only|in fact|in reality|just|barely) (?:is|"
     # ninth pass: the size on the label, then what it really holds: "a 2tb ssd that really
     # stores 60gb", "20000mah bank, it has only 5000mah"
     r"was|are|were|holds?|has|have|gives?|stores?|shows?|delivers?|measures?|reads?|fits?)) "
     r"(?:about |around |like )?\d+ ?(?:gb|tb|mb|mah|w|watts?|l|ml|lm|lumens?)\b",
     "not_as_described"),
)

DISPUTE_FIRST: tuple[tuple[str, str | None], ...] = (
    # sixth pass: the seller asked, and the buyer closed it: the buyer's act is the latest
    (r"^(?=.*\b(?:dispute|claim)\b).*(?<!if )(?<!when )(?<!should )(?<!to )\b(?:i|we) (?:have |"
     r"then |finally |already |stupidly |foolishly |eventually |just )?(?:closed|cancell?ed|"
     r"withdrew) (?:it|the dispute|my dispute|the claim|my claim)\b", "closed_by_me"),
    # the seller asks for the dispute to go: still open (and a scam), whatever he promises
    (r"\b(?:close|cancel|withdraw)\w* (?:the |my |this |our )?(?:dispute|claim)(?: \w+){0,3} "
     r"(?:and|so) (?:i|we) did\b", "closed_by_me"),
    (r"\b(?:seller|store|shop|he|she|they)\b(?: \w+){0,4} (?:asks?|asked|asking|wants?|wanted|"
     r"begs?|begged|begging|told|tells|says?|said|wrote|writes|keeps asking|insists?|requests?|"
     r"requested|"
     r"pushing|pressur\w*|spamm\w*|pester\w*|bugg\w*|nagg\w*|harass\w*|hassl\w*|messag\w*|"
     r"texting|texted|chasing)(?: me| us)?(?: every day| all the time| daily| again| constantly|"
     r" (?:\d{1,3}|many|several|so many|a few|a lot of|ten|five) times(?: (?:a|per|every|each) "
     r"(?:day|hour|week))?)?"
     r"(?: to| that i| i)?(?: should| must)? (?:close|cancel|"
     r"withdraw)\w* (?:the |my |this |our )?(?:dispute|claim)\b|\b(?:seller|store|shop|he|she|"
     r"they)\b(?: \w+){0,3} (?:says?|said|wrote|writes|told me|tells me|promises?|promised)"
     r"(?: \w+){0,2} (?:if|when|once|after) (?:i |we )?(?:close|cancel|withdraw)\w* (?:the |my |"
     r"this )?(?:dispute|claim)\b|\b(?:offers?|offered|offering|promises?|promised|will (?:give|"
     r"refund|pay|send|return))(?: \S+){0,6} (?:if|when|once|after|in exchange for|as long as|to|"
     r"for) (?:i |we )?(?:close|cancel|withdraw|closing|cancelling|canceling|withdrawing)\w* "
     r"(?:the |my |this )?(?:dispute|claim)\b", "opened"),
    # sixth pass: money offered on condition the named dispute goes ("offers $15 if i close
    # it"): still open
    (r"^(?=.*\b(?:dispute|claim)\b)(?!.*\b(?:no|never|not|without)(?: \w+){0,2} (?:dispute|"
     r"claim)\b).*\b(?:offers?|offered|offering|promises?|promised|proposes?|proposed|will (?:give|"
     r"refund|pay|send|return))(?: \S+){0,8} (?:if|when|once|after|in exchange for|as long as|"
     r"provided|on condition) (?:that )?(?:i |we )?(?:close|cancel|withdraw|closing|cancelling|"
     r"canceling|withdrawing|drop|dropping) (?:it|that|this|mine)\b", "opened"),
    # sixth pass: the seller's own plea quoted ("please cancel dispute, we send money"): open
    (r"\b(?:seller|store|shop|he|she|they)\b(?: \S+){0,6} (?:please|pls|plz|kindly) (?:you )?"
     r"(?:close|cancel|withdraw|remove) (?:the |your |this |my )?(?:dispute|claim)\b|"
     r"\b(?:seller|store|shop|he|she|they)\b(?: \S+){0,6} (?:close|cancel|withdraw|remove) (?:the "
     r"|your |this |my )?(?:dispute|claim|case)(?: \w+)? (?:please|pls|plz)\b", "opened"),
    # the dispute named, then "he wants me to cancel it": still open
    (r"^(?=.*\b(?:dispute|claim)\b)(?!.*\b(?:no|never|not|without)(?: \w+){0,2} (?:dispute|claim)"
     r"\b).*\b(?:seller|store|shop|he|she|they)\b(?: \w+){0,3} (?:asks?|"
     r"asked|asking|wants?|wanted|begs?|begged|begging|keeps asking|insists?|requests?|requested|"
     r"pushing|pressur\w*|spamm\w*|pester\w*|bugg\w*|nagg\w*|says?|said|wrote|writes|tells me|"
     r"told me)(?: me| us)? (?:to |i should |i must )?(?:please )?(?:close|cancel|withdraw) it\b",
     "opened"),
    # eighteenth pass: the seller's promise on condition the buyer drops the dispute, the dispute
    # named ("says he'll send $15 if i cancel my dispute", "promising a coupon if i drop the
    # dispute", "reckons if i close the claim he'll pay me back"): still open, unless a later
    # stage is told or the seller is someone else's
    (r"^(?!.*\b(?:refus|reject|declin|escalat|won\b|lost\b|decided|ruled|sided))(?!.*\b(?:friend|"
     r"brother|sister|wife|husband|mom|mum|dad|colleague|neighbou?r|cousin)(?: s)? (?:dispute|"
     r"claim|case|order|seller)\b)(?=.*\b(?:seller|store|shop|he|she|they)\b).*?\b(?:if|once|as "
     r"long as) (?:i|we) (?:close|cancel|withdraw|drop|remove|delete|end)(?: my| the| this| your)? "
     r"(?:dispute|claim)\b(?! (?:is|was|gets|got)\b)", "opened"),
    (_IF_DISPUTE, MASK),
    # sixth pass: a stage only imagined ("if my dispute is rejected") or denied ("the dispute is
    # not lost yet") is no stage
    # (twenty-fifth pass D: never "if i not open dispute", an offer's condition that none is opened)
    (r"\b(?:if|unless) (?:i |we )?(?!not open)(?:\w+ ){0,2}?(?:my |the |this |our |a )?(?:dispute|"
     r"claim|case|appeal)\b(?: (?!(?:but|and|because|so)\b)\w+){0,4}|\b(?:not|never) (?:yet )?"
     r"(?:been )?"
     r"(?:lost|won|rejected|denied|declined|refused|decided|escalated)\b(?: yet)?", MASK),
    # someone else's dispute told as theirs: "my sister's dispute was closed for the seller"
    (r"\b(?:friend|brother|sister|wife|husband|mom|mum|dad|colleague|neighbou?r|cousin)(?: s)? "
     r"(?:dispute|claim|case|order)\b(?: (?!(?:but|and|though|although|however|i|we|mine|my)\b)"
     r"\w+){0,8}", MASK),
    # the seller's earlier episode: "he offered a refund last time, now he refuses"
    (r"\b(?:seller|store|shop|he|she|they)\b(?: (?!(?:but|and|now|this)\b)\w+){0,6} (?:last "
     r"time|last year|in the past|previously|on my (?:last|previous|other) order)\b", MASK),
    # someone else's dispute, or one from another order: not this order's stage
    (r"\b(?:my |a |his |her )?(?:friend|brother|sister|wife|husband|mom|mum|dad|colleague|"
     r"neighbou?r|someone|people|others)(?: \w+){0,2} (?:opened|filed|had|won|lost|started)\b"
     r"(?: (?!but|and|though|although|however|i|we)\w+){0,5}", MASK),
    (r"\b(?:dispute|claim)\b(?: \w+){0,4} (?:last year|last time|in the past|"
     r"for (?:another|a different|my other|an old|a previous) order)\b(?: \w+){0,4}", MASK),
)

DISPUTE_LOOKALIKES: tuple[tuple[str, str | None], ...] = (
    # a lost parcel, a closed order, a declined card or a partial refund asked for are no stage
    (r"\b(?:parcel|package|item|order|shipment|it|tracking|goods)(?: (?!dispute|claim|case|appeal)"
     r"\w+){0,2} (?:was |got |is"
     r" |has "
     # (eighteenth pass: never the buyer's lost dispute, "tracking says delivered, lost my
     # 12-day dispute")
     r"been |went |seems |must be )?lost\b(?! (?:my|the|our|this) (?:\S+ ){0,2}(?:dispute|claim|"
     r"case)\b)|\blost (?:my |the |in )(?:parcel|package|item|order|"
     r"shipment|transit|the post|mail|delivery)\b|\b(?:order|status|purchase)(?: \w+){0,2} (?:is |"
     r"was |got |has been )?(?:now )?(?:closed|completed|finished)\b|\b(?:card|payment|"
     r"transaction)(?: \w+){0,2} (?:was |got |is |has been )?declined\b|\b(?:asking|asked|ask|"
     r"requested|request|requesting|want|wanted|demand\w*|for|chose|selected|choose) (?:for )?"
     r"(?:a |the )?partial refund\b|\b(?:i|we) (?:have )?agreed to (?:wait|extend)\b|"
    # seventh pass: the words of a verdict said of a thing ("a dispute for the lost parcel", "the
    # declined card", "the courier lost it") are no verdict on the dispute
     r"\b(?:lost|rejected|declined|denied|refused|missing|stolen) (?:\w+ )?(?:parcel|package|"
     r"item|shipment|order|payment|card|delivery|goods|box|mail|product|transaction|packet)s?\b|"
     r"\b(?:courier|post|carrier|postman|post office|delivery service|cainiao|customs|driver|"
     r"airline|mail) (?:has |have |had |probably |must have |apparently )?lost (?:it|them|my|the|"
     r"a|our)\b", MASK),
)

DISPUTE_DECIDED: tuple[tuple[str, str | None], ...] = (
    # AliExpress's decision is the last stage, whatever came before: placed before escalation
    (r"\b(?:aliexpress|ali|ae|support|(?:the )?platform|arbitration)(?: \w+){0,2} (?:decided|"
     r"ruled|sided) (?:for|with|in favou?r of) (?:the )?(?:seller|store|shop)\b|"
     r"\b(?:dispute|claim)\b(?: \w+){0,3} (?:closed|ended|finished) (?:with|and) (?:no|without) "
     r"(?:a |any )?(?:refund|money)\b|\b(?:decision|verdict|ruling)(?: \w+){0,2} (?:was |is |"
     r"went )?(?:for|in favou?r of|to) the (?:seller|store|shop)\b|\b(?:aliexpress|ali|ae|"
     r"support|the platform|"
     r"arbitration)(?: \w+){0,2} (?:has )?(?:rejected|denied|declined|refused) (?:my |the |a )?"
     r"(?:refund|return|money back)\b|\b(?:decided|ruled|closed|went) against me\b|"
     # twenty-third pass C: the platform found the seller right ("ali decided the seller was
     # right", "support said the shop is right")
     r"\b(?:aliexpress|ali|support|the platform|arbitration|admins?)(?: \w+){0,2} (?:decided|said|"
     r"ruled|concluded|found|agreed|thinks|thought|told me)(?: that)? (?:the )?(?:seller|store|sho"
     r"p) "
     r"(?:is|was|were) (?:right|correct|in the right)\b", "lost"),
    # tenth pass: the platform rejecting the buyer ("arbitration turned me down", "ali denied
    # it"), where no card, payment, review or address is what it rejected
    (r"^(?!.*\b(?:card|payment|transaction|coupon|promo\w*|code|review|feedback|photos?|"
     r"pictures?|address|account|login|verification|withdrawal)s?\b).*\b(?:aliexpress|ali|ae|"
     r"(?:the )?platform|arbitration|support|customer service)(?: (?:has|have|just|then|finally|"
     r"also))? (?:(?:rejected|denied|declined|refused|dismissed|turned down) (?:me|it|us)|"
     r"turned (?:me|it|us) down)\b", "lost"),
    # fifth pass: "the dispute was decided for the seller", "it went the shop's way"
    (r"\b(?:dispute|claim|case|it|appeal)\b(?: \w+){0,3} (?:was |got |has been |is )?(?:decided|"
     r"ruled|resolved|closed|settled|ended)(?: it)? (?:for|on the side of) (?:the )?(?:seller|"
     r"store|shop)\b|"
     r"\b(?:went|decided|ended) (?:the )?(?:seller|store|shop)(?:s| s)? way\b", "lost"),
    (r"\b(?:aliexpress|ali|support|arbitration|the platform)(?: \w+){0,2} (?:took|was on|is on|"
     r"stood on|sided on) (?:the )?(?:seller|store|shop)(?:'?s| s)? side\b", "lost"),
    # sixth pass: the decision "went to the shop", "the seller got the win"
    (r"\b(?:dispute|claim|case|arbitration|appeal|decision|verdict|ruling|escalation)\b"
     r"(?: \w+){0,2} (?:went|was given|was awarded|got awarded) to (?:the )?(?:seller|store|"
     r"shop|vendor)\b", "lost"),
    (r"\b(?:aliexpress|ali|support|arbitration|the platform)(?: \w+){0,2} (?:took|was on|is on|"
     r"stood on) my side\b|^(?=.*\b(?:dispute|claim|declin\w*|refus\w*|reject\w*|escalat\w*)\b)"
     r".*\b(?:aliexpress|ali|support|arbitration|the platform) (?:then |finally |just )?(?:gave|"
     r"granted|awarded|issued) me (?:a |the |my )?(?:full )?(?:refund|money back)\b|"
     # sixth pass: "seller rejected, i escalated, aliexpress refunded me fully"
     r"^(?=.*\b(?:dispute|claim|declin\w*|refus\w*|reject\w*|escalat\w*)\b).*\b(?:aliexpress|"
     r"ali|support|arbitration|the platform) (?:then |finally |just |has |have )?(?:refunded|"
     r"reimbursed) (?:me|my money|the money|everything)\b|"
     r"\b(?:got|received|getting) (?:my |the |a )?(?:full )?(?:money|refund)"
     r"(?: back)? (?:through|via|from|with|by|after) (?:the |my |a )?(?:dispute|claim)\b", "won"),
    # ninth pass: "closed for me" may be closed to me ("it's closed for me, i cannot open one"):
    # closed is won only "my way"
    (r"\b(?:dispute|claim|case|decision|it|appeal)\b(?: \w+){0,2} (?:(?:went|was decided|got "
     r"decided|ended|turned out|worked out|was resolved) (?:my way|for me)|(?:was closed|closed) "
     r"my way)\b", "won"),
    # the seller said yes, or the dispute ended with the money: over, for the buyer
    (r"\b(?:seller|store|shop)(?: \w+){0,2} (?:accepted|approved) (?:my |the )?(?:dispute|claim|"
     r"refund request|request)\b|\b(?:dispute|claim)(?: \w+){0,2} (?:was |got |has been )?"
     r"(?:successful|accepted by the seller)\b|\b(?:aliexpress|ali|support|the platform) "
     r"(?:decided|ruled) (?:for me|in my favou?r)\b|\b(?:dispute|claim)\b(?: \w+){0,3} "
     r"(?:closed|ended|finished|resolved) (?:with|and) (?:a |the )?(?:full |partial )?(?:refund|"
     r"money back)\b(?! (?:request|offer))|^(?=.*\b(?:dispute|claim)\b).*\b(?:aliexpress|ali|"
     r"support|the platform|arbitration)(?: \w+){0,2} (?:approved|granted|confirmed) (?:my |the |"
     r"a )?(?:full |partial )?refund\b", "won"),
    (r"^(?!.*(?<!not )\bin my favou?r)(?:.*\b(?:aliexpress|ali|ae|support|arbitration)\b(?: (?!"
     r"seller|store|shop)\w+){0,8} (?:closed|rejected|denied|dismissed) (?:my|the) (?:dispute|"
     r"claim|case)\b)", "lost"),
    (r"\b(?:refund|money)(?: \w+){0,2} (?:was |got |has been )?(?:approved|granted|issued)\b"
     r"(?: \w+){0,3} (?:after|through|via|in) (?:the |my )?(?:dispute|claim)\b|\b(?:dispute|claim)"
     r" (?:is |was |got |has been )?approved\b", "won"),
    (r"\b(?:i|we) (?:had to|agreed to|decided to) (?:close|cancel|withdraw) (?:the |my )?"
     r"(?:dispute|claim)\b", "closed_by_me"),
    (r"\bfavou?r of (?:the )?(?:seller|store|shop)\b|\b(?:aliexpress|ali|support|arbitration)"
     r"(?: \w+){0,2} (?:said|says|answered|replied) no\b(?! (?:need|problem|worries))", "lost"),
)

_NOT_ASKED = "".join(f"(?<!{aux} )(?<!{aux} the )(?<!{aux} my )" for aux in (
    "can", "could", "will", "would", "does", "did", "may", "might", "should", "if"))
"""Before the seller: a question or a condition ("can the seller reject ...?"), not his act."""

DISPUTE_STAGES: tuple[tuple[str, str | None], ...] = (
    (r"\b(?:press|pressed|click|clicked|tap|tapped|hit|used) (?:the )?(?:escalate|escalation)\b|"
     r"\b(?:aliexpress|ali|the platform|support|arbitration) (?:is |got |has )?(?:now"
     r" )?(?:involved|"
     r"stepped in|joined|intervened|mediating)\b|\bwaiting for (?:the )?(?:aliexpress|ali|the "
     r"platform|support|arbitration)(?: \w+){0,2} (?:to )?(?:decide|decision|verdict|review|"
     r"ruling|to rule)\b|\b(?:dispute|claim|case)(?: \w+){0,2} (?:went|goes|was sent|got sent|"
     r"moved|was passed|was transferred|got transferred|is now) (?:on )?to (?:aliexpress|ali|"
     r"arbitration|support|the platform)\b|\b(?:dispute|claim|case) (?:is |went )?(?:now )?with "
     r"(?:the )?(?:aliexpress|ali|arbitration|support|customer service|the platform)\b(?! (?:and|"
     r"but) (?:they|it|ali\w*) (?:closed|rejected|decided|refunded))|\b(?:aliexpress|ali|support|"
     r"customer service|arbitration|the platform) (?:now |has |have |are )?"
     r"(?:take|takes|took|taking|taken) (?:it )?over\b", "escalated"),
    # the seller's offer as a noun or in the -ing form: "the seller is offering 30% back"
    (r"\b(?:seller|store|shop|he|she|they)(?: \w+){0,2} (?:is |are )?(?:offering|proposing|"
     r"suggesting)\b|\b(?:seller|store|shop)(?: s)? (?:counter ?)?(?:offer|proposal)\b|"
     r"\boffer(?:ed)? (?:from|by) (?:the )?(?:seller|store|shop)\b|\b(?:seller|store|shop|he|she|"
     r"they)(?: \w+){0,2} (?:wants?|wanted|agreed|agrees|is willing|is ready|can|could|will) "
     r"(?:to )?(?:give|refund|return|pay|send)(?: me)?(?: back)?(?: me)? (?:a |an )?(?:coupon|"
     r"voucher|partial|half|part|only|just|\d|\$|€|£)|\b(?:seller|store|shop)(?: \w+){0,2} "
     r"(?:suggests|suggested|proposes|proposed) (?:that )?i keep\b|\bpartial refund (?:was |is )?"
     r"(?:offered|proposed)\b",
     "offer"),
    # the seller said no, the dispute not named where it is said
    (r"^(?!.*\b(?:aliexpress|ali|platform|support|arbitration|escalat\w*|offer\w*|propos\w*|"
     r"suggest\w*)\b)(?=.*\b(?:dispute|claim|refund|return|money"
     r" back|request)\b).*\b" + _NOT_ASKED + r"(?:seller|store|shop)"
     r"(?: (?!(?:will|would|can|could|may|might|should|must|to|not|never)\b)\w+){0,2} (?:has |"
     r"have |also )?(?:rejected|refused|declined|denied|refuses|rejects|refuse|reject|declines)\b"
     r"(?! (?:to )?(?:cancel|ship|send|extend|accept (?:the |my )?cancel))", "refused"),
    (r"\b(?:seller|store|shop)(?: \w+){0,2} (?:said|says|answered|replied|responded) no\b"
     r"(?! (?:updates?|movement|news|tracking|info\w*|changes?|scans?|problem|worries|need|"
     r"dispute|claim|disputes|claims)\b)",
     "refused"),
    # (eighteenth pass: never across a full stop, "it isn't. opened a dispute 2 days ago")
    (r"(?<!\bis )(?<!\bwas )(?<!\bit s )\b(?:have not|had not|did not|never|not)(?: (?:yet|ever|"
     r"even|really|actually))* "
     r"(?:(?:got|get|had) (?:a chance )?to )?(?:opened|open|filed|file|started|start|raised|raise)"
     r" (?:a |the |any |my )?(?:dispute|claim|case)\b|\bdispute none\b|"
     r"\bforgot to (?:open|file|start|raise) (?:a |the |any )?(?:dispute|claim)\b|"
     r"\b(?:dispute|claim)\w*(?: \w+){0,2} (?:not|never) (?:yet )?(?:opened|filed|started)\b|"
     # tenth pass: "there was never a claim", "there has been no dispute at all"
     r"\bthere (?:was|is|has been|have been|were|had been) (?:never|no|not)(?: yet| ever| even)?"
     r"(?: a| any| one)? (?:dispute|claim)s?\b(?! (?:button|option|window|tab|link|form|page|"
     r"section)\b)",
     "none"),
    (r"\b(?:seller|store|shop|he|she|they)(?: \w+){0,2} (?:sent|made|gave|proposed) (?:me )?(?:an |"
     r"a |the )?(?:offer|proposal|counter ?offer)\b|\b(?:accept|take|reject|refuse|decline)(?:ed)?"
     r" (?:the|his|her|their|this|that) (?:offer|proposal)\b|\bthe offer (?:is|was)\b", "offer"),
    (r"^(?=.*\b(?:dispute|claim)\b).*\b(?:seller|store|shop)(?: \w+){0,2} (?:will not|does not want"
     r" to|refuses to|would not) (?:give|refund|return|accept|pay)\b", "refused"),
    (r"\bdid not know (?:i (?:had|needed|have) to|about|how to) (?:open|file) (?:a )?(?:dispute|"
     r"claim)\b", "none"),
    # the chance to open one passed: no dispute
    (r"\b(?:(?:too late|missed (?:the |my )?(?:deadline|chance|window|time)|no (?:option|button|"
     r"way)|not able|unable) to|before i could) (?:open|file|start|raise) (?:a |the |any )?"
     r"(?:dispute|claim)\b|\btoo late for (?:a |the |any )?(?:dispute|claim)\b", "none"),
    # nothing opened, told without the noun, where no parcel or box is what was not opened
    (r"^(?!.*\b(?:box|parcel|package|packet|envelope|seal\w*|app|link|email|message)\b)"
     r".*\b(?:have not|did not|never) (?:yet )?(?:opened|filed|started) anything\b", "none"),
    (r"\b(?:seller|store|shop|he|she|they)(?: \w+){0,2} (?:wants?|asks?|asked|asking|suggests?|"
     r"suggested|proposes?|proposed|agreed|agrees|offers?|offered)(?: me)? (?:to )?(?:send|ship|"
     r"return|post|mail) (?:it|them|everything|(?:the|my|this) \w+) back\b|\b(?:seller|store|"
     r"shop|he|she|they)(?: \w+){0,2} (?:wants?|asks?|asked|asking|suggests?|suggested|proposes?|"
     r"proposed|offers?|offered)(?: me)? to (?:return|send back) (?:it|the item|the product|them|"
     r"everything)(?: back)? (?:for|to get) (?:a |the |my )?(?:full )?refund\b", "offer"),
    # tenth pass: the seller will take the item back: an offer, with or without the refund
    (r"\b(?:seller|store|shop|he|she|they)(?: \w+){0,3} (?:will|can|could|would|agreed to|agrees "
     r"to|offered to|offers to|is willing to|are willing to|is ready to|are ready to) (?:take|"
     r"accept) (?:it|them|the item|the product|the goods|everything|the \w+) back\b", "offer"),
    # sixth pass: the seller's answer quoted in the first person: "seller's answer: we can refund
    # 10% or resend", "the store replied we will send you a new one"
    (r"\b(?:seller|store|shop)(?: s)?(?: \w+){0,2} (?:answer|answered|reply|replied|response|"
     r"responded|message|messaged|wrote|writes|says|said)\b(?: that)? (?:we|i) (?:can|could|will|"
     r"would|offer|propose|are ready to|agree to)(?: (?!(?:not|never|no|t)\b)\w+)? (?:refund|"
     r"resend|re send|reship|send you (?:a )?(?:new|another|replacement)|give you|compensat\w*|"
     r"return \d|pay you|\d)",
     "offer"),
    (r"^(?!.*\bcancel)(?!.*\b(?:aliexpress|ali|platform|support|arbitration)\b).*\b(?:seller|store|"
     r"shop)(?: \w+){0,2} (?:has |also )?(?:rejected|refused|declined)\b(?! (?:ship|send|extend)\b"
     # ninth pass: refusing to do something else ("refused to give me a discount code") is not
     # the dispute refused; refusing to refund or to accept it is
     r"| to (?!refund|accept|return|agree|pay (?:me )?back|give (?:me )?(?:a |my |the )?(?:full )?"
     r"(?:refund|money))\w+)", "refused"),
    (r"\b(?:seller|store|shop)(?: \w+){0,2} (?:did not|does not|will not|would not|refuses to|"
     r"refused to|do not) (?:accept|agree to|approve|agree with)\b|^(?=.*\b(?:dispute|claim|refund|"
     r"return|money)\b).*\b(?:seller|store|shop)(?: \w+){0,2} (?:disagrees|does not agree|did not "
     r"agree|do not agree)\b", "refused"),
    (r"\b(?:offers?|offered|offering|proposes?|proposed|suggests?|suggested)(?: me)? to keep\b|"
     # seventh pass: a coupon sent is an offer only in place of the money ("sent me a coupon
     # code for 2 dollars" alone is no dispute stage)
     rf"\b{SELLER_TOLD}(?: \w+){{0,2}} (?:gave|sent|give|send|gives|sends) me "
     r"(?:a |an )?(?:\w+ ){0,2}(?:coupon|voucher|partial refund|discount)\b(?=(?: \w+){0,4} "
     r"(?:instead|as compensation|compensat\w*|rather than|to make up|in place of))|"
     rf"\b{SELLER_TOLD}"
     r"(?: \w+){0,3} (?:will|can|could|agreed to|agrees to|offered to|offers to|promised to|"
     r"promises to|wants to|is willing to|is ready to|suggested to|suggests to|proposed to|"
     r"proposes to) (?:resend|reship|re send|re ship|"
     r"send (?:it |"
     r"them )?again|send (?:a |another )?(?:new|replacement)|send (?:me )?another(?: one)?)\b",
     "offer"),
)

DISPUTE_MORE: tuple[tuple[str, str | None], ...] = (
    (r"\b(?:i|we) (?:have )?(?:opend|openned|oppened|open(?:ed)? up|made|created) (?:a |the |my )?"
     r"(?:dispute|claim)\b|\b(?:clicked|pressed|tapped|hit|used) (?:the )?(?:open dispute|"
     r"return refund|refund only)\b(?! button)|\b(?:opened|filed|submitted|sent|chose|selected|"
     r"requested) (?:a |the |my )?(?:refund only|return (?:and |& )?refund|return refund)\b|"
     r"\b(?:requested|asked for|applied for) (?:a |the |my )?(?:full |partial )?refund "
     r"(?:through|in|via|on|from) (?:the )?(?:app|aliexpress|ali|order page|site|website)\b|"
     r"\b(?:respond|reply|answer|react)(?:ed)? to (?:my|the) (?:dispute|claim)\b|"
     r"\bignor\w* (?:my |the |our )?(?:dispute|claim)\b|"
     r"\b(?:i am|i m|we are|currently|still) in (?:a |the )?dispute\b|\b(?:have|got) (?:a |the )?"
     r"dispute (?:with|against|on|for)\b",
     "opened"),
    # "my dispute" is one that exists; a later stage would have been read above
    (r"\b(?<!open )(?<!start )(?<!file )(?<!raise )(?<!submit )(?<!make )(?<!create )(?<!lodge )"
     r"(?<!escalate )(?<!to )my (?:dispute|claim)\b(?! (?:window|button|deadline|period|time|"
     r"option|form|page|link|timer|will|would|could|might|should))", "opened"),
    (r"\b(?:asks?|asked|asking|wants?|wanted|requests?|requested|demands?|demanded) (?:me )?(?:for "
     r")?(?:more |a |an |some )?(?:photos?|videos?|pictures?|proof|evidence)\w*(?: \w+){0,2} (?:in|"
     r"for) (?:the|my) (?:dispute|claim)\b", "opened"),
    (r"\b(?:not|never) (?:yet )?(?:responded|replied|answered|reacted)(?: to)? (?:my |the )?"
     r"(?:dispute|claim)\b", "opened"),
    (r"\b(?:put in|lodged|logged|launched) (?:a |the |my )?(?:dispute|claim)\b|\bopened (?:a |the |"
     r"my )?(?:\w+ ){1,3}(?:dispute|claim)\b|\b(?:dispute|claim)\b(?: \w+){0,3} (?:is|was|"
     r"has been) "
     r"(?:already |still )?open(?:ed)?\b", "opened"),
)

PAYMENT_FIRST: tuple[tuple[str, str | None], ...] = (
    # every row below names a way to pay: without one of these words, skip them all (one cheap
    # scan instead of forty)
    (r"^(?!.*(?:paypal|card|visa|master|maestro|amex|qiwi|webmoney|yoomoney|skrill|yandex|wallet|"
     r"balance|alipay|bonus|transfer|western|sbp|fast payment|faster payment|debit|google pay|gpay|"
     r"apple pay|samsung pay|klarna|upi|gcash|g cash|pesa|paytm|paymaya|pay pal|"
     # (twenty-fifth pass C: the brands of `dispute_money.PAYMENT_EN_NAMES`)
     r"touch|tng|mobile money|momo|maya|grab|shopee|dana|ovo|airtel|mtn|monzo|revolut|chime|n26|"
     r"starling|commbank|chase|sparkasse|nubank|capitec|kaspi|halyk|monobank|barclays|santander|"
     r"wells fargo|bank of america|hsbc|natwest|lloyds|ing|bbva|itau|bradesco|cash|efectivo|oxxo|"
     # (twenty-third pass B: the e-wallets of `_WAYS_23`, the AliExpress credit)
     r"(?:aliexpress|ali|ae) credit))", None),
    (_IF, MASK),
    (r"\b(?:seller|he|she|they)(?: \w+){0,3} (?:wants?|wanted|asks?|asked|asking|insists?|"
     r"suggests?|suggested|offers?|offered)(?: \w+){0,3} (?:payment|pay|paying|transfer|money)"
     r"(?: (?!but|and|though|although|however|i|we)\w+){0,5}", MASK),
    (r"\b(?:can|could|should|may|do|does|is it|which|what|better to|safe to)(?: \w+){0,3} "
     r"pay(?:ing)?\b(?: \w+){0,3}", MASK),
    (r"\b(?:does|do|will|would|can|could) (?:aliexpress|ali|they|the site|the app) (?:accept|take|"
     r"support|refund|return|send|pay)\w*(?: \w+){0,6}", MASK),
    # a gift card is no bank card: say nothing rather than "card"
    (r"\b(?:gift|store|steam|itunes|google play|app store|amazon|prepaid gift) cards?\b", MASK),
    # the card someone else paid with: "the card my sister paid with expired"
    (_OTHERS_PAID, MASK),
    # ninth pass: a method of another order ("paid by qiwi for another order, this one by card"),
    # and one method named instead of another (which was paid with?), say nothing
    (r"\b(?:paid|payed|used|bought|purchased)\b(?: (?!(?:but|and|this|now)\b)\S+){0,5}? (?:last "
     r"time|for (?:another|a different|my other|an old|a previous|an earlier) order|(?:on|in|with) "
     r"(?:my |an |the )?(?:previous|other|old|earlier|last) orders?)\b|\b(?:previously|in the past|"
     r"last time|always|often) (?:i |we )?(?:have )?(?:paid|payed|used|bought|purchased)\b(?: (?!"
     r"(?:but|and|this|now)\b)\S+){0,4}|\b(?:paid|payed|used) (?:with |by |via |through |using )?"
     r"(?:my |a |the )?(?:paypal|card|visa|master ?card|qiwi|yoomoney|webmoney|skrill|wallet|"
     r"balance|alipay) (?:last (?:year|month|summer|winter|spring|autumn)|(?:a|one|\w+) (?:years?|"
     r"months?) ago|in the past|previously)\b", MASK),
    (r"\b(?:paypal|card|visa|master ?card|balance|alipay|wallet|qiwi|yoomoney|webmoney|skrill) "
     r"instead of (?:my |the |a )?(?:\w+ )?(?:paypal|card|visa|master ?card|balance|alipay|wallet|"
     r"qiwi|yoomoney|webmoney|skrill)\b", None),
    # someone else's card or account: "my mom paid with her card" (seventh pass)
    (r"\b(?:his|her|their|your|(?:friend|sister|brother|wife|husband|mom|mum|mother|dad|father|son|"
     r"daughter|cousin|colleague|boyfriend|girlfriend)s? s) (?:own )?(?:\w+ )?(?:card|visa|master ?"
     r"card|paypal|wallet|account)\b", MASK),
)

# twenty-third pass B: the way paid named as buyers type it, and the refund awaited there
_WAYS_23 = (
    (r"(?:qiwi|webmoney|yoomoney|yandex money|skrill|e ?wallet|gcash|g cash|m ?pesa|paytm|"
     r"paymaya|(?:mobile |digital )?wallet app|mobile wallet)", "wallet"),
    (r"(?:(?:aliexpress|ali|ae) (?:balance|credit)|alipay)", "balance"),
    (r"(?:paypal|pay pal)", "paypal"),
)
"""Ways of paying by name, each with its `payment` value: e-wallets of the buyers' countries
(GCash, M-Pesa), the AliExpress balance or credit, PayPal."""
_PAY_23 = (r"(?<!\bcan )(?<!\bcould )(?<!\bshould )(?<!\bif )(?<!\bto )(?<!\bwill )(?<!\bdo )"
           r"(?<!\bi )(?<!\bsaid )(?<!\bsays )(?<!\bplease )\b(?:paid|payed)\b|(?<=\bi )pay\b|"
           r"^pay\b")
"""The buyer's own paying, never asked, wished or told to («can i pay», "wants me to pay")."""
_NOT_OFFERED_23 = (r"^(?!.*\b(?:seller|store|shop|he|she|they)\b(?: \w+){0,4} (?:offer|propos|"
                   r"suggest|want|ask|promis|say|said|will|can|insist)\w*\b)")
"""No one else in the story proposes where the money goes."""
PAYMENT_23: tuple[tuple[str, str | None], ...] = tuple(
    row for way, value in _WAYS_23 for row in (
        # "paid thru PayPal", "paid w/ Ali balance", "paid 1450 php thru my gcash wallet",
        # "paid paypal", "pay with alipay"
        (rf"(?:{_PAY_23})(?: (?!and|but|then|so|because|for|to)\S+){{0,4}}? (?:(?:with|w|by|via|"
         rf"through|thru|using|from|on) )?(?:my |a |the |our |their |small )?{way}\b", value),
        # the refund awaited there, nothing in it: "nothing in paypal", "nothing in mpesa",
        # "not on my aliexpress balance", "paypal activity shows nothing"
        # (a refund told, never one the seller's blanked words offered)
        (_NOT_OFFERED_23 + r"(?=.*\b(?:refund\w*|approved|cancell?ed|won|money)\b)"
         rf".*?(?:\b(?:nothing|not|no money|no refund|zero)(?: \w+){{0,2}}? "
         rf"(?:in|on|into|at) (?:my |the )?{way}\b|\b{way}(?: (?:activity|app|account|wallet|"
         r"history))? (?:says|shows|has had|has|showed) (?:me )?(?:nothing|no (?:incoming|money|"
         r"refund)|zero)\b)", value),
    ))
"""Twenty-third pass B: the way paid as buyers name it after paying (prepositions typed short,
"thru", "w/", or none), and the refund awaited in it that did not come."""

PAYMENT_MORE: tuple[tuple[str, str | None], ...] = (
    (rf"^used (?:my |a |the )?(?:\w+ ){{0,2}}{_CARD}\b|\b(?:paid|payed|bought|purchased|payment)"
     rf"(?: \S+){{0,4}}? (?:with|by|via|through|using|from|on) (?:my |a |the |our )?(?:\w+ )"
     rf"{{0,2}}{_CARD}\b|\bmy (?:\w+ )?(?:visa|master ?card|maestro|amex|debit card|credit card)"
     r"\b(?! (?:number|details|data|info|cvv|pin|code))", "card"),
    (r"\b(?:nothing|not|never|still not|no money|no refund)(?: \w+){0,3} (?:on|to|in|into|back to)"
     rf" my (?:\w+ ){{0,2}}{_CARD}\b|\b(?:charged|debited|billed) (?:to|on) (?:my |the )?(?:\w+ )?"
     rf"{_CARD}\b|\b{_CARD}(?: \w+){{0,3}} (?:i|we) (?:have )?(?:paid|payed|used)(?: (?:for )?"
     r"(?:the |this |that |my )?(?:order|item|parcel|it|them))? (?:with|by|from|for|to pay|"
     r"to buy|on)\b", "card"),
    # a coupon and the method beside it: the method is how the buyer paid
    (rf"\b(?:paid|payed|bought|purchased)\b(?: \S+){{0,3}}? (?:with|using|by) (?:a |an |my |the )?"
     rf"(?:\w+ )?(?:coupon|voucher|promo code|bonus|points|discount)s? (?:and|plus) "
     rf"(?:a |my |the )?(?:\w+ )?{_CARD}\b", "card"),
    # the money sent back to a card by another word: "reimbursed to a debit card"
    (rf"\b(?:reimbursed|refunded|credited|paid back|returned|sent back)(?: me| it| the money)? "
     rf"(?:to|on|onto|into) (?:my |a |the )?(?!(?:his|her|their|your|another|other|different|"
     rf"new|seller|sellers|someone)\b)(?:\w+ )?{_CARD}\b", "card"),
    (r"\b(?:qiwi|yoomoney|webmoney|skrill|yandex money|e ?wallet|(?<!apple )(?<!google )"
     r"(?<!samsung )wallet)\b(?: \w+){0,4} (?:i|we) (?:have )?"
     r"(?:paid|payed|used)(?: (?:for )?(?:the |this |that |my )?(?:order|item|parcel|it|them))? "
     r"(?:with|by|from|for|through)\b|\b(?:refund|money)\w*(?: \w+){0,5} "
     r"(?:to|into|back to|on|onto) (?:my (?:qiwi|yoomoney|webmoney|skrill|yandex money|e ?wallet)|"
     r"(?:the )?(?:qiwi|yoomoney|webmoney|skrill|yandex money))\b",
     "wallet"),
    # the method right after the payment, with no preposition: "paid 20$ qiwi", "payment: visa"
    (rf"(?:{_PAID})(?: (?!and|but|then|so|because|to|for)\S+){{0,3}} (?:my )?(?:qiwi|yoomoney|"
     r"webmoney|skrill|yandex money)\b", "wallet"),
    (rf"(?:{_PAID})(?: (?!and|but|then|so|because|to|for)\S+){{0,3}} (?:my )?(?:visa|master ?card|"
     r"maestro|debit|credit card|bank card)\b", "card"),
    (rf"(?:{_PAID})(?: (?!and|but|then|so|because|to|for)\S+){{0,3}} (?:my )?paypal\b", "paypal"),
    (rf"(?:{_PAID})(?: (?!and|but|then|so|because|to|for)\S+){{0,3}} (?:my )?(?:alipay|aliexpress "
     r"balance|ali balance)\b", "balance"),
    (rf"(?:{_PAID})(?: (?!and|but|then|so|because|to|for)\S+){{0,3}} (?:sbp|fast payment system|"
     r"faster payments|bank transfer|wire transfer|western union|mobile balance|phone balance)\b",
     "other"),
    # tenth pass: "the refund ... to paypal" is read only when told, not asked or wished
    # (facts_en.REFUND_TOLD)
    # a card brand is a card, whoever's sentence it is in, unless someone else's
    (r"^(?!(?:can|could|should|is it|do|does|will|which)\b)(?:.*?)(?<!his )(?<!her )(?<!their )"
     r"(?<!your )(?<!another )(?<!other )(?<!seller s )\b(?:visa|master ?card|maestro|mir card|my "
     # eighth pass: the bank's name before it: "my chase card", "my monzo card"
     r"(?:(?!(?:gift|sim|sd|micro|memory|graphics|video|sound|game|id|loyalty|greeting|playing|"
     r"business|discount|club|bonus|transport|travel|key|new|other|second|sims?|credit|debit|"
     r"bank)\b)[a-z]+ )?(?:bank |credit |debit )?card\b(?! (?:number|details|data|info|cvv|pin|"
     r"code)))", "card"),
    # the buyer's own card told by its state: "my bank went bust, card closed", "card dead"
    # (the word first, then whose it is: a pattern that opens with a word is cheap to scan)
    (r"\bcard\b(?<!his card)(?<!her card)(?<!their card)(?<!your card)(?<! s card)"
     r"(?<!another card)(?<!other card)(?<!gift card)(?<!sim card)(?<!sd card)(?<!memory card)"
     r"(?<!graphics card)(?<!video card)(?<!sound card)(?<!game card)(?<!id card)"
     r"(?<!loyalty card)(?<!greeting card)(?<!playing card)(?<!business card)(?<!discount card)"
     r"(?<!club card)(?<!bonus card)(?<!transport card)(?<!travel card)(?<!key card)"
     r" (?:is |was |got |has been |had been |now |also |then |too )?(?:closed|dead|cancell?ed|"
     r"deactivated|not working|invalid|useless|worthless|blocked|frozen|no longer (?:works|valid|"
     r"active)|(?:does|did) not work|"
     r"stopped working)\b", "card"),
    # the refund expected back where the buyer paid: "should be back on my paypal"
    (r"\b(?:back (?:on|to|in|into|onto)|returned (?:to|on|in|into)|refunded (?:to|on|in|into)|"
     r"credited (?:to|on|in|into)|nothing (?:on|in|at)|(?:still )?not (?:on|in)|(?:arrive|arrived|"
     r"land|landed|show up|showed up|appear|appeared) (?:on|in|at)) my paypal\b|"
     r"\b(?:my )?paypal (?:still )?(?:shows|says|has) (?:nothing|no refund|no money|0|zero)\b",
     "paypal"),
    (r"\b(?:back (?:on|to|in|into|onto)|returned (?:to|on|in|into)|refunded (?:to|on|in|into)|"
     r"credited (?:to|on|in|into)|go(?:es)? (?:back )?(?:to|into)|went (?:back )?(?:to|into)|"
     r"(?:should|supposed to|meant to) (?:be|go|come)(?: back)? (?:in|to|into|on)) "
     r"(?:my |the )?(?:alipay|aliexpress balance|ali balance|aliexpress wallet)\b|"
     # eighth pass: the refund sent or chosen to the balance: "chose refund to balance"
     r"\brefund\w*(?: \S+){0,2} (?:to|into|on|onto) (?:my |the )?(?:aliexpress |ali )?balance\b",
     "balance"),
    (r"\b(?:back (?:on|to|in|into|onto)|returned (?:to|on|in|into)|refunded (?:to|on|in|into)|"
     r"credited (?:to|on|in|into)|nothing (?:on|in|at)) my (?:qiwi|yoomoney|webmoney|skrill|"
     r"yandex money|e ?wallet)\b", "wallet"),
    # the money taken from the wallet: "the money came from my qiwi wallet"
    (r"\b(?:money|payment|it|amount|funds)(?: \w+){0,2} (?:came|was taken|taken|was debited|"
     r"debited|went|was paid|withdrawn) (?:out )?(?:from|of) my (?:qiwi|yoomoney|webmoney|skrill|"
     r"yandex money|e ?wallet)\b", "wallet"),
    # the buyer's own e-wallet, and money kept there: "paid with my wallet", "my money was on
    # qiwi"; a wallet or its provider that is gone, with no method named, is no payment fact
    # (FACTS.md, decided 2026-12-06), so "my e-wallet provider" alone says nothing (ninth pass)
    # ... unless the refund was sent there: "my e-wallet went bust, the refund went to it"
    (r"\bmy (?:e ?wallet|wallet (?:provider|company|service|operator))\b(?=.*\b(?:refund|money)\w*"
     r"(?: \S+){0,4} (?:was |were |got |has been |is )?(?:sent|went|returned|refunded|credited|"
     r"paid|gone|came) (?:back )?(?:there|to it|into it|to them)\b)|"
     r"\b(?:paid|payed|bought it|purchased it|payment)\b(?: \S+){0,4}? (?:with|from|using|by|via) "
     r"my (?:own )?(?:e ?)?wallet\b|\b(?:paid|payed|bought it|purchased it)\b(?: \S+){0,4}? "
     r"(?:with|from|using|by|via) (?:a |the )?(?:\w+ )?(?:e ?wallet|(?<!apple )(?<!google )"
     r"(?<!samsung )wallet (?:app|service|account))\b|\bmy (?:money|funds|balance|savings|cash) "
     r"(?:was|is|were|"
     r"sat|sits|stayed|went|is stuck|was stuck|got stuck|are) (?:on|in|at) (?:my |the )?(?:qiwi|"
     r"yoomoney|webmoney|skrill|yandex money|e ?wallet)\b", "wallet"),
    # the refund back on PayPal, with no "my": "18 euro back to paypal they say"
    (r"\b(?:back|returned|refunded|credited|sent back) (?:to|on|into|onto|via) (?:the )?paypal\b"
     r"(?! (?:if|when|once|account of))", "paypal"),
    # "w/" for with: "paid w/ card"
    (r"\b(?:paid|payed|bought it|purchased) w (?:my |a )?(?:(?:credit|debit|bank) )?(?:card|visa|"
     r"master ?card)\b", "card"),
    (r"\b(?:paid|payed|bought it|purchased) w (?:my )?paypal\b", "paypal"),
    # the buyer's own wallet as the subject: "my qiwi is closed now"
    (r"\bmy (?:qiwi|yoomoney|webmoney|skrill|yandex money|e ?wallet)(?: wallet| account)? "
     r"(?:is|was|got|has|had|went|lost|still|says|shows)\b|"
     # eighth pass: the brand's wallet named by its state: "yoomoney wallet closed", "qiwi
     # account got blocked"
     r"(?<!his )(?<!her )(?<!their )(?<!seller s )\b(?:qiwi|yoomoney|webmoney|skrill|yandex money)"
     r" (?:wallet|account) (?:is |was |got |has been |now )?(?:closed|blocked|frozen|shut|dead|"
     r"empty|gone)\b", "wallet"),
    # the balance named with its account: "paid with my aliexpress account balance"
    (r"\b(?:paid|payed|payment|bought it|purchased it)\b(?: \S+){0,4}? (?:with|from|using|by|via) "
     r"(?:my |the )?(?:aliexpress |ali )?(?:account|wallet) balance\b", "balance"),
)

CARD_EXPIRED_FIRST: tuple[tuple[str, str | None], ...] = (
    # every row below names a card: without one, skip them all
    (r"^(?!.*(?:card|visa|master|maestro|amex))", None),
    # eighteenth pass: the money or the limit on the card ran out, not the card ("my card ran
    # out of money", "the card's limit ran out", "no funds left on my card")
    (r"\b(?:card|visa|master ?card|maestro|amex)\b(?: \w+){0,3}? (?:ran|run|runs|running|has run|"
     r"had run) out of (?:money|funds|cash|balance|credit)\b|\b(?:card|visa|master ?card)(?: s)? "
     r"(?:limit|balance|funds|money|credit)\b(?: \w+){0,2}? (?:ran|run|runs|has run|had run|is) "
     r"(?:out|used up|empty)\b", MASK),
    # a card that is a product or a thing, not a bank card: "a new card reader"
    (r"\b(?:sd |memory |micro sd |sim |graphics |video |sound |gift |greeting |playing )?cards? "
     r"(?:readers?|holders?|games?|slots?|cases?|sleeves?|wallets?)\b|\b(?:sd|memory|micro sd|sim|"
     r"graphics|video|sound|gift|greeting|playing) cards?\b", MASK),
    # eighth pass: a card that came in the parcel or from the seller is a note, not a bank card:
    # "the seller put a new card in the box", "a thank you card"
    (r"\b(?:thank ?you|post|business|birthday|christmas|trading|collectible|pokemon|tarot|"
     r"warranty|instruction) cards?\b|\b(?:seller|store|shop|he|she|they) (?:also )?(?:sent|"
     r"gave|put|included|added|enclosed|threw in)(?: me| in)? (?:a |an |the )?(?:\w+ )?card\b",
     MASK),
    # someone else's card: "his card was closed" is not the buyer's, nor "the card my sister
    # paid with"
    (_OTHERS_PAID, MASK),
    (r"\b(?:his|her|their|your|seller s|someone s|another person s|friend s|wife s|husband s|"
     r"mom s|mum s|dad s|brother s|sister s) (?:\w+ )?card\b(?: (?!my\b|and\b|but\b)\w+){0,4}",
     MASK),
    # a card said not to have expired, been closed or replaced: "my card has not been closed"
    (r"\b(?:card|visa|master ?card|maestro)\b(?: \w+){0,3} (?:has|have|is|was|did|does|had) (?:not|"
     r"never) (?:yet )?(?:been |be )?(?:expired?|closed|cancell?ed|replaced|reissued|changed|"
     r"blocked|renewed)\b|\b(?:card|visa|master ?card|maestro)\b(?: \w+){0,3} (?:is|was) "
     r"(?:still )?(?:valid|active|fine|ok|working)\b|\bnot (?:an )?expired\b", MASK),
    # ninth pass: an expiry still to come is no card expired ("my card will expire next month",
    # "my visa is going to be replaced")
    (r"\b(?:card|visa|master ?card|maestro|amex)\b(?: \w+){0,2} (?:will|is going to|going to|gonna|"
     r"might|may|could|would|is about to|about to|is due to|due to)(?: soon| probably| likely)? "
     r"(?:expire|run out|be (?:replaced|reissued|closed|blocked|renewed|cancell?ed|expired))\b|"
     r"\b(?:card|visa|master ?card|maestro|amex)\b(?: \w+){0,2} (?:expires|expiring|runs out) "
     r"(?:next|in|soon|on|at the end|this|by)\b", MASK),
    # a question whether a card would have to be new or would expire says none did: "do i need
    # a new card for the refund", "what if my card expires"
    (r"\b(?:do|does|will|would|should|must|can|could) (?:i|we|you|one|buyers?) (?:\w+ )?(?:need|"
     r"have to|get|order|make|use|apply for)(?: \w+){0,2} (?:a |an |the )?(?:new|replacement|"
     r"another|"
     r"different) card\b|\b(?:if|when|once|in case|what if|suppose) (?:my |the |our )?(?:\w+ )?"
     r"card (?:expires|will expire|gets replaced|is replaced|would expire|is reissued)\b", MASK),
    # eighth pass: a card's state in a condition is none, in the past tense too ("the help page
    # says if the card expired the money goes to the new one")
    (r"\b(?:if|when|once|in case|what if|suppose|whether) (?:my |the |our |your |a )?(?:\w+ )?"
     r"card (?:has |had |is |was |gets |got )?(?:expired|reissued|replaced|closed|blocked)\b"
     r"(?: (?!(?:but|and|because|so|i|we|my)\b)\w+){0,6}", MASK),
)

CARD_EXPIRED_MORE: tuple[tuple[str, str | None], ...] = (
    (r"\b(?:do not|does not|no longer) (?:have|own|use) (?:that|the|this|my|this old|that old) "
     r"card\b|\bcard(?: \w+){0,4} (?:is |was )?(?:out of date|not valid any ?more|no longer "
     r"exists|does not exist any ?more)\b|\bcard(?: \w+){0,4} (?:got|have|has|had) (?:a )?new "
     r"(?:one|number)\b|\b(?:changed|switched) (?:my |the )?(?:bank )?card\b", "yes"),
    (rf"\b(?:now|since then) (?:i )?(?:use|have|using|got) (?:another|a different|a new) "
     rf"{_CARD}\b|\bexpired (?:\w+ )?{_CARD}\b|\bcard\b(?: \w+){{0,3}} (?:was |got |has been |is )?"
     r"(?:deactivated|discontinued|terminated)\b|\bcard\b(?: \w+){0,5} (?:ordered|got|received|"
     r"was issued|issued|gave me|sent me) (?:a )?(?:new|replacement) (?:one|card)\b|"
     r"\b(?:reissue|reissued|renew|renewed|re issued) (?:my |the |that |our )?(?:old )?(?:bank )?"
     rf"{_CARD}\b|\bcard(?: s)? (?:validity|term)(?: \w+)? (?:ran out|has run out|is up|lapsed)\b|"
     r"\bcard\b(?: \w+){0,4} (?:has )?(?:lapsed|run out|ran out)\b|\bcard\b(?: \w+){0,4} "
     r"(?:expried|exipred|expierd|experied|expird)\b", "yes"),
    # (twenty-first pass: never a dispute or an order closed after it, "my card, dispute closed")
    (rf"\b{_CARD}(?: (?!dispute|claim|case|appeal|order|refund)\w+){{0,3}} (?:was |got |has been |"
     r"is )?(?:replaced|reissued|renewed|swapped|"
     # (the buyer closing another thing after the card is no card closed: "my card, but i
     # closed that revolut account" is the account, its own answer)
     r"closed|cancell?ed|blocked and replaced)\b(?! (?:my |the |that |this |our |an? )?(?:\w+ )?"
     r"(?:bank )?(?:account|wallet)\b)|\bcard\b(?: \w+){0,4} (?:is |was |has |got )?"
     r"(?:expire|expirated|outdated|overdue)\b|\bcard (?:with |has )?(?:an )?expired (?:date|"
     r"term|validity)\b|\bvalidity (?:period )?of (?:my |the )?card (?:ended|expired|is over|ran "
     r"out)\b|\bcard (?:has )?changed\b", "yes"),
    # the bank did it to the card, or the card is past its date: "my bank swapped the card"
    (r"\b(?:swapped|exchanged|replaced|reissued|re issued|renewed|changed|switched) (?:out )?"
     r"(?:my |the |our |that |this )?(?:old |bank |debit |credit )?(?:card|visa|master ?card)\b|"
     r"\b(?:card|visa|master ?card)\b(?: \w+){0,5} past (?:its|the) "
     r"(?:expiry |expiration |valid |validity )?date\b|^(?=.*\bcard\b).*?\bold one (?:is |was )?"
     r"past its (?:expiry |expiration )?date\b", "yes"),
    # a named card that ran out: "my visa ran out in march"
    (r"\b(?:my|the|our) (?:old )?(?:visa|master ?card|maestro|debit card|credit card|bank card)\b"
     r"(?: \w+){0,3} (?:ran out|has run out|run out|lapsed|has lapsed|is out of date)\b", "yes"),
    # the card stolen or lost and a new one issued: "card stolen, blocked it, got a new one"
    (r"\bcard (?:was |got |had been |has been )?(?:stolen|lost|blocked|compromised|hacked|"
     r"skimmed)(?: \w+){0,6} (?:got|received|have|ordered|issued|sent me|gave me) (?:a |me a )?"
     r"(?:new|replacement) (?:one|card)\b", "yes"),
    # "it expired" after the card, the named card no longer used or gone
    (r"\bcard\b(?: \w+){0,6} (?:it|which|that) (?:has |had )?(?:already )?expired\b|\b(?:do not|"
     r"does not|no longer) (?:have|own|use) (?:that|the|this|my|this old|that old|my old) (?:visa|"
     r"master ?card|maestro|debit card|credit card|bank card)\b|\bold (?:visa|master ?card|maestro|"
     r"card) (?:is |was )?(?:gone|closed|dead|blocked)\b", "yes"),
)

BANK_GONE_MORE: tuple[tuple[str, str | None], ...] = (
    (r"\b(?:wallet|wallet provider|payment provider|payment service|payment system|e ?wallet|"
     r"qiwi|webmoney|yoomoney)(?: \w+){0,2} (?:(?:has |was |got |is )?shut down|(?:has )?closed "
     r"down|(?<=wallet company )(?:has |was |got )?closed\b(?! (?:my|the|our)\b)|"
     r"went (?:bust|under|bankrupt)|(?:is |was )?bankrupt|lost (?:its |their |the )?"
     r"licen[cs]e|(?:has )?stopped (?:working|operating)|(?:is |has )?gone)\b", "yes"),
    (r"\bbank\b(?: \w+){0,5} (?:is |was |went |has gone |got |has been |had been )?(?:bankrupt\w*|"
     r"bust|insolvent|wound up|into administration|under administration|disappeared|closed for "
     r"good|closed permanently|closed forever|gone for good|liquidated|shutting down|closing "
     r"down|in bankruptcy|stopped existing)\b", "yes"),
    # an institution's licence, named or not, with a seller elsewhere in the story
    (r"^(?!.*\b(?:seller|store|shop|company)(?: \w+){0,2} (?:lost|has lost|had)\b)(?:.*\b(?:lost|"
     r"losing|has lost|had|without|stripped of|deprived of) (?:its|their) (?:banking )?"
     r"l[iy][cs]{1,2}en[cs]e?\b|.*(?<!seller )(?<!store )(?<!shop )(?<!company )\b(?:went|has "
     r"gone|is|was|got|declared) (?:bankrupt|bust|insolvent|into liquidation)\b)", "yes"),
    (r"^(?=.*\b(?:bank|wallet|card|qiwi|paid)\b).*(?<!seller )(?<!store )(?<!shop )(?<!company )"
     r"(?<!factory )(?<!office )(?<!point )(?<!branch )(?<!warehouse )\b(?:shut down|closed down|"
     r"went under|went out of business|ceased (?:operations|to exist|operating)|collapsed|no longer"
     r" exists|does not exist any ?more|was liquidated|is in liquidation|under liquidation|put "
     r"into liquidation)\b", "yes"),
    (r"\blicen[cs]e\w*(?: \w+){0,2} (?:was |got |has been |been )?(?:revoked|withdrawn|recalled|"
     r"annulled|pulled)\b|\b(?:bank|qiwi|wallet)\b(?: \w+){0,2} (?:is |was )?dead\b", "yes"),
    (r"\bbank\b(?: \w+){0,5} (?:is no more|is out of business|is defunct|went into "
     r"receivership|in receivership)\b|\b(?:lost|has lost|had|without) (?:its|their|the) "
     r"l[iy][cs]{1,2}en[cs]e?\b", "yes"),
    # the licence taken away, or the wallet no longer working: "the central bank took away my
    # bank's license", "qiwi is not working anymore"
    (r"\b(?:took away|took|withdrew|pulled|cancell?ed|annulled|stripped) (?:\w+ ){0,3}(?:bank s|"
     r"bank|qiwi s|qiwi|wallet s) (?:\w+ )?l[iy][cs]{1,2}en[cs]e\b|\b(?:qiwi|webmoney|yoomoney|e ?"
     r"wallet|wallet provider)\b(?: \w+){0,2} (?:is not|not|has not been|stopped) (?:working|"
     r"operating) any ?more\b", "yes"),
)

# twenty-third pass B: the card's end in more words, its brand named, "since" between
_CARD_NAMED_23 = (r"(?<!gift )(?<!sim )(?<!sd )(?<!memory )(?<!id )(?<!loyalty )(?<!his )"
                  r"(?<!her )(?<!their )(?<!your )\b(?:card|visa|master ?card|amex|maestro)")
"""The buyer's card by the word or its brand ("my amex"), never a gift, SIM or someone's card."""
CARD_EXPIRED_23: tuple[tuple[str, str | None], ...] = (
    # "my card that i paid with has since expired", "my amex on that order has expired", "my
    # mastercard expire before the refund arrive", "card ran out of date", "my card hit its
    # expiry date", "my card, which the bank has since reissued", "it was replaced when it
    # expired"; never denied, never asked or foretold ("will my card expire before ...")
    (r"^(?!.*\b(?:will|would|might|may|could|can|if|does|do|what if)\b(?: \w+){0,3}? card\b)"
     r"(?:.*?)" + _CARD_NAMED_23 + r"\b(?: (?!not\b|never\b|seller|store|shop|coupon|protection|"
     r"dispute|claim|parcel)\w+){0,6}? (?<!will )(?<!might )(?<!may )(?<!could )(?<!would )(?<!if )"
     r"(?<!not )(?:has |had |is |was |got |been |it )*(?:since |already |just |now )?(?:expired|"
     r"expire before|reissued|re issued|replaced when it expired|ran out of date|run out of date|"
     r"out of date|hit its expiry(?: date)?|passed its expiry(?: date)?)\b", "yes"),
    # a dead card and a new one: "refund went to a dead card, new one issued"
    (r"\b(?:dead|expired|old) card\b(?: \w+){0,2}? (?:a |and a |and )?new one (?:was )?(?:issued|"
     r"sent|came|arrived)\b", "yes"),
)
"""Twenty-third pass B: a card's end told with "since", by its brand, or "out of date"."""

# twenty-third pass B: more names of what held the money, and more words for its end
_HOLDER_23 = (r"(?:credit union|e ?wallet|wallet (?:app|provider|company|service)|mobile wallet|"
              r"payment (?:app|provider|company|service)|qiwi|webmoney|yoomoney|skrill|gcash|"
              # (twenty-sixth pass C: "my neobank", "the neo bank")
              r"m ?pesa|paytm|neo ?banks?|(?:app |online |digital |mobile )?banks?)")
"""What held the buyer's money: a bank or a credit union, an e-wallet and its company."""
_GONE_23 = (r"(?:gone out of business|out of business|stopped operations|stopped operating|"
            r"ceased (?:operations|trading)|(?:is |was )?shutting down|shut down|closed down|"
            r"(?:since )?folded|(?:went |go |goes |gone |is |was |now )?bankrupt|in insolvency|"
            r"dissolved|(?:taken over|bought out) and (?:shut|closed)|stop(?:ped)? working forever|"
            # twenty-sixth pass C: "has since been liquidated", "placed under curatorship", "closed
            # all accounts" (the bank's end in the regulator's and the bank's own words)
            r"(?:been )?(?:liquidated|wound up|put into liquidation|put into administration)|"
            r"(?:been )?placed under (?:curatorship|administration|temporary administration)|"
            r"closed (?:all|every) (?:its |their |of its |of their |customer |client )?accounts|"
            r"blocked in (?:my|our|the) country|(?:is |was |now )?closed (?:now|for good|forever|"
            r"permanently)|(?:is |was |got |has been )?shut\b(?! (?:today|tomorrow|on|for|till|"
            r"until|at|my|the|our)\b))")
"""The end of what held the money, in more words than `BANK_GONE_MORE`'s."""
BANK_GONE_23: tuple[tuple[str, str | None], ...] = (
    # "my credit union closed down", "the e-wallet i used ... company bankrupt", "my wallet
    # provider stopped operations", "app banks that's since folded", "my bank was taken over and
    # shut"; never an account or a card it closed ("shut down my account")
    (rf"\b{_HOLDER_23}\b(?: (?!seller|store|shop|courier|delivery|post|factory|warehouse)\w+)"
     r"{0,8}? (?:(?:that|which|it|they|the company|company|that company|the provider) )?(?:has |"
     r"have |had |is |was |s |got )?(?:since |now |just |already )?" + _GONE_23
     + r"(?! (?:my|the|our|his|her) (?:account|card|wallet|profile)\b)", "yes"),
    # a credit union closed, a bank's word: "my credit union is closed now", "was dissolved"
    (r"\bcredit union\b(?: \w+){0,4}? (?:is |was |has |had |got )?(?:been )?(?:closed|"
     r"dissolved|liquidated|wound up)\b(?! (?:my|the|our|today|tomorrow|on|for|till|until|at|"
     r"early)\b)", "yes"),
)
"""Twenty-third pass B: a credit union, an e-wallet's company or an app bank gone, told in the
words buyers use ("folded", "stopped operations", "out of business")."""

BANK_GONE_FIRST: tuple[tuple[str, str | None], ...] = (
    # every row below names a bank, a wallet, a licence or a collapse: without one, skip them all
    (r"^(?!.*(?:bank|bust|insolvent|liquidat|l[iy][cs]{1,2}en|regulator|qiwi|webmoney|yoomoney|"
     r"skrill|wallet|provider|payment|card|paid|credit union|gcash|pesa|paytm))", None),
    # (eighteenth pass: not the next clause's subject, "my bank has closed, the card is dead")
    (r"\b(?:closed|blocked|froze|frozen|suspended|locked) (?:my|the|our|his|her) (?:account|card|"
     r"wallet|profile)\b(?! (?:is|was|s|has|had)\b)", MASK),
    # opening hours, not a bank gone; "closed now" alone is gone (two dev sets' writers say so),
    # with a reopening after it it is the hours (ninth pass)
    (r"\bbank\w*(?: \w+){0,2} (?:is |was )?closed (?:today|tomorrow|on \w+|for (?:the )?"
     r"(?:day|weekend|holidays?|lunch|the night)|now\b(?: \w+){0,4} (?:till|until|opens?|reopens?|"
     r"tomorrow|morning|monday|after))\b|\bbank holiday\b", MASK),
    # the card, not the bank, is what no longer exists: "went to my card that doesnt exist anymore"
    (r"\bcard\b(?<!behind my card)(?<!behind the card)(?<!of my card)(?<!of the card)"
     r"(?<!issued my card)(?<!issued the card)(?<!for my card)(?: (?!bank|wallet)\w+){0,4} "
     r"(?:no longer exists?|does not exist|do not exist|is no more)\b", MASK),
    # a licence that is not a bank's or a wallet's: "the delivery company lost its license"
    (r"\b(?:seller|store|shop|courier|carrier|delivery|post|factory|brand|airline|(?<!payment )"
     r"(?<!wallet )(?<!bank )(?<!card )company)\b(?: \w+){0,2} (?:lost|has lost|had|without|losing|"
     r"got) (?:its|their|the|his|her) (?:\w+ )?l[iy][cs]{1,2}en[cs]e?\b", MASK),
    # an account or a card at the bank closed is not the bank gone
    (r"\b(?:account|card|profile|deposit)\b(?: (?:at|with|in|of) (?:the |my )?bank)? (?:was|is|got|"
     r"has been) (?:closed|blocked|frozen)\b", MASK),
    # eighth pass: someone else's bank or wallet: "my friend said her bank went bankrupt"
    (r"\b(?:his|her|their|your|(?:friend|sister|brother|wife|husband|mom|mum|mother|dad|father|"
     r"cousin|colleague|neighbou?r)s? s) (?:own )?(?:\w+ )?(?:bank|wallet|qiwi|yoomoney|webmoney|"
     r"provider)\b(?: (?!(?:but|and|my|i|we)\b)\w+){0,6}", MASK),
    # someone else went under, told with "who/that": "it is the seller who went bankrupt"
    (r"\b(?:seller|store|shop|courier|carrier|delivery company|post office|factory|brand|supplier|"
     r"warehouse|manufacturer)s?\b(?: (?!bank|wallet|qiwi)\w+){0,3} (?:went|has gone|is|was|got|"
     r"has been|declared) (?:bankrupt|bust|insolvent|under|out of business|into liquidation)\b",
     MASK),
    # a collapse denied or escaped is none: "the bank is not bankrupt", "almost went bust"
    (r"\b(?:not|never|almost|nearly)(?: (?:been|gone|go|went|get|got|really|yet|quite|"
     r"completely))? (?:bankrupt|bust|insolvent|liquidat\w*|shut "
     r"down|closed down|out of business|(?:lost|lose|losing) (?:its|their|the) licen[cs]e)\b",
     MASK),
    # a collapse asked about or feared is none: "is my bank going bankrupt", "if my bank goes bust"
    # ninth pass: the question's verb opens its own clause ("is my bank..."), so the "is" of
    # another clause ("refund is stuck, my bank was closed by the central bank") asks nothing;
    # a collapse foretold ("my bank could go bust") is none either
    (r"\b(?:(?:is|will|would|could|might|may|does|did) (?:(?:my|the|our|this|that) )?(?:\w+ )?|"
     r"(?:if|what if|in case|when|whether|afraid|worried|scared|fear)(?: \w+){0,3} )(?:bank|"
     r"wallet|qiwi|yoomoney|webmoney|skrill|provider)\b(?: \w+)? (?:going (?:to go )?|goes |go |"
     r"gets |get |be |is going to )?(?:bankrupt|bust|under|insolvent|closed|shut down|lose|loses|"
     r"losing)\b|\b(?:bank|wallet|qiwi|yoomoney|webmoney|skrill|provider) (?:will|would|could|"
     r"might|may|can)(?: \w+){0,2} (?:bankrupt|bust|under|insolvent|closed|shut down|lose)\b",
     MASK),
)

SEVERAL_ITEMS_FIRST: tuple[tuple[str, str | None], ...] = (
    # every row below needs a letter ("2x" at least): a message without one skips them all
    (r"^(?!.*[a-z])", None),
    (r"\b(?:several|multiple|many|some|two|three|four|five|[2-9]|\d\d) (?:different )?"
     r"(?:parcels|packages)\b(?: \w+){0,3} (?:from|by) (?:different|other|\d|two|three|several) "
     r"(?:sellers|stores|shops)\b", None),
    # a rating is not a count of items: "rated it 4 out of 5"
    (r"\b(?:rated?|rating|gave|give|giving|score|scored|review|feedback)(?: \w+){0,2} "
     r"\d(?:[.,]\d)? (?:stars? )?out of (?:5|10|five|ten)\b", MASK),
    # things bought in separate orders are not several items of one order
    # (twenty-second pass B: also "the second of my 3 separate orders", "placed 3 separate orders")
    (r"(?<!not )(?<!not in )\b(?:(?:in|as|into|with|across|via|of|placed|made) )?(?:my |the |our )?"
     r"(?:two |2 |three |3 |four |4 |five |5 |several |multiple )?(?:separate|different|"
     r"individual) orders\b", None),
    # things bought from different sellers are separate orders
    (r"\b(?:items|products|things|orders)\b(?: \w+){0,2} (?:from|by) (?:two|three|four|several|"
     r"different|\d) (?:different )?(?:sellers|stores|shops)\b", None),
)

SEVERAL_ITEMS_MORE: tuple[tuple[str, str | None], ...] = (
    (r"\b(?:only |just )?(?:got|received|came|arrived|sent|shipped|packed|delivered) (?:me |us )?"
     r"(?:only |just )?(?:one|two|three|four|five|"
     r"\d{1,2}) (?:of|out of|from) (?:the |my )?(?:two|three|four|five|six|seven|eight|nine|ten|"
     r"\d{1,2})\b(?! (?:orders|sellers|stores|shops|parcels|packages|days|weeks|months|hours|"
     r"stars))", "yes"),
    (r"\border (?:with|of|had|has|contained|contains|included|includes) (?:\w+ ){0,2}?(?:two|"
     r"three|four|five|six|several|multiple|[2-9]|\d\d) (?:\w+ )?(?:items|products|things|"
     r"pieces|pcs|pairs|units)\b|\bmulti ?item order\b|\b(?:one|an|1) (?:item|product)s? "
     r"(?:is |was )?missing from (?:the |my )?(?:order|package|parcel|box)\b", "yes"),
    (r"\bboth (?:of )?(?:the |my |these )?(?:items|products|things|pieces|pairs|sets|units)\b|"
     r"\b(?:ordered|bought|purchased|paid for) (?:two|three|four|five|six|seven|eight|nine|ten|"
     r"[2-9]|\d\d) (?:\w+ )?(?:pieces|pcs|pairs|sets|units)\b|\bthe other (?:item|product|"
     r"thing|one|part)s? (?:never|has not|have not|did not|is missing|are missing|still)\b|"
     r"\bpartial (?:delivery|shipment)\b|\bpartially (?:delivered|shipped|arrived)\b", "yes"),
    (r"\b(?:two|three|four|five|some|several|most|half|all|none|\d{1,2}) of (?:the |my |these )?"
     r"(?:items|products|things|pieces|pairs|pcs)\b|\b(?:qty|quantity) (?:of )?(?:[2-9]|\d\d)\b|"
     r"\b(?:two|three|four|five|six|[2-9]|\d\d) (?:items|pieces|pcs|pairs|units|sets) "
     r"(?:ordered|bought|in (?:it|the order|my order))\b|"
     r"\b(?:ordered|bought|purchased|paid for) (?:two|three|four|five|six|seven|eight|nine|ten|"
     r"[2-9]|\d\d) (?:\w+ )?(?!(?:days|weeks|months|hours|years|minutes|times|orders|parcels|"
     r"packages|dollars|euros|pounds|rubles|roubles|usd|eur)\b)\w+s\b|"
     r"\b(?:ordered|bought|purchased) (?:a|an) (?!(?:week|month|day|year|few|couple|while)\b)"
     r"\w+(?: \w+)? (?:and|plus) (?:a|an) (?!(?:week|month|day|year|few|couple|while)\b)\w+",
     "yes"),
    (r"\b(?:[2-9]|1\d|20) ?(?:x|pcs|pieces|pc)\b|\bthe (?:others|other ones|other items|other "
     r"two|other three)\b (?:did|came|arrived|are here|were fine|are fine|work|are ok)\b|"
     r"\bthe (?:second|third|other) (?:one|item|product|pair|piece)s? (?:never|has not|did not|is "
     r"missing|was missing|is not here|still|was broken|is broken|came broken|arrived)\b|"
     r"\b(?:a few|a couple of|couple of|a couple) (?:items|products|things|pieces)\b|"
     r"\b(?:the|my|all) items (?:in|from|of) (?:the |my |this |one )?(?:order|package|parcel)\b|"
     r"\b(?:items|products|things|pieces|pairs)\b(?: \w+){0,8} (?:one|two|three|\d) of them\b|"
     r"\bonly (?:one|two|three|four|\d{1,2}) (?:of|out of|from) (?:two|three|four|five|six|seven|"
     r"eight|nine|ten|\d{1,2})\b(?! (?:orders|sellers|stores|shops|parcels|packages|days|weeks|"
     r"months|hours|stars))|\b(?:part|some) of (?:the |my )?(?:items|products|things|stuff)\b|"
     r"\bhalf (?:of )?(?:the |my )?stuff\b|\bnot (?:everything|all (?:of )?(?:it|them|my stuff|the"
     r" stuff))\b(?: \w+){0,2} (?:came|arrived|was there|was in|is here)\b|\bmissing (?:one|an|1|"
     r"two|2|some) (?:item|product|thing)s?\b", "yes"),
    # counted against the whole: "3 of my 5 items", "one item of two", "one item instead of two"
    (r"\b(?:one|two|three|four|five|\d{1,2}) (?:of|out of|from) (?:the |my |these |those )?"
     r"(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) (?:\w+ )?(?:items|products|things|"
     r"pieces|pcs|pairs|units|articles|sets)\b|\b(?:one|two|three|an|\d) (?:item|product|thing|"
     r"piece|pair)s? (?:of|out of|from|instead of) (?:two|three|four|five|six|\d{1,2})\b|"
     r"\bone of the (?:things|pieces|pairs|articles|goods|items|products)\b|"
     r"\b(?:one|1|an|a single) (?:item|product|thing)s? (?:is |was )?(?:missing|not (?:there|"
     r"included|in the (?:box|package|parcel)))\b|\beverything (?:except|but|apart from) "
     r"(?:the |my |one )|\b(?:split|divided) (?:into|in) (?:two|2|three|3|several|multiple) "
     r"(?:packages|parcels|shipments|boxes)\b|\b(?:came|arrived|shipped|sent|delivered) in (?:two|"
     r"2|three|3|several|separate|different|multiple) (?:packages|parcels|shipments|boxes)\b|"
     r"\bthe other (?:one |item |product )?(?:is )?still (?:in transit|on its way|not here|"
     r"missing|coming)\b", "yes"),
    # two things named in one order, or one came and the other did not
    (r"\b(?:two|three|four|five|[2-9]|\d\d) (?:item|product|piece) order\b|\b(?:order|package|"
     r"parcel) (?:with|had|has|contained|contains|included) (?:a |an |the )(?!(?:hole|tear|dent|"
     r"crack|rip|stain|smell|note|letter|label|sticker|receipt|invoice|card|gift|coupon)\b)\w+"
     r"(?: \w+)? and (?:a |an |the )(?!(?:hole|tear|dent|crack|rip|stain|smell|note|letter|label|"
     r"sticker|receipt|invoice|card|gift|coupon)\b)\w+|\border (?:had|has|contained|contains|"
     r"included) (?:a |an |one )(?!(?:hole|tear|dent|crack|rip|stain|smell|note|problem|issue|"
     r"delay)\b)[a-z]+ (?:and|plus) (?:[2-9]|two|three|four|five) [a-z]+s\b|"
     r"\b(?:bought|ordered|purchased)(?: \w+){1,5} together\b|"
     r"\bone (?:is|was|came|arrived)(?: \w+){1,3} (?:and|but) the other\b|"
     r"\b(?:the )?(?!(?:package|parcel|box|order|tracking|refund|money|notification|message|"
     r"courier|it|everything|nothing|item|sms|text|email|letter|call|notice|reply|answer|status|"
     r"update|dispute|support|seller)\b)\w+ (?:came|arrived) but (?:the|my) (?!(?:package|"
     r"parcel|box|order|tracking|refund|money|item|product|contents?|courier|seller|sms|text|"
     r"email|letter|call|notice|reply|answer|status|update|dispute|support|charger|cable|cord|"
     r"remote|"
     r"batter(?:y|ies)|manual|adapter|plug|lid|strap|stand|screws|bulbs?|lens|mount|case|cover|"
     r"instructions|accessories|parts|pieces)\b)\w+(?: \w+)? (?:did not|never|has not|have not|"
     r"is missing|are missing|was missing|were missing|still)\b",
     "yes"),
    (r"\bwithout (?:one|an|the other|some|two) (?:item|product|thing)s?\b|\border (?:is |was |came "
     r"|arrived )?(?:incomplete|not complete)\b|\b(?:only sent|sent only) (?:half|part|some)\b|"
     r"\bfewer (?:items|pieces|things|products)\b|\bless (?:items|pieces|things|products) than\b|"
     r"\b(?:got|received|came|arrived|sent(?: me)?) (?:only )?(?:one|two|three|four|\d{1,3}) "
     r"(?:\w+ )?instead of (?:two|three|four|five|six|\d{1,3})\b(?! (?:days|weeks|months|hours|"
     r"dollars|euros|usd|eur|rub))|\b(?:one|1) (?:item|product|thing|piece|of them)\b(?: \w+){1,4} "
     r"(?:and |but )?the other\b|\bitems\b(?: \w+){0,4} (?:but |and )?(?:one|two|1|2) (?:is|was|"
     r"are|were|of them|arrived|came|never|did not)\b", "yes"),
    (r"\bthe other (?:never|has not|did not|is missing|was missing|is still|still|did|came|arrived|"
     r"is broken|was broken)\b|\b(?:got|received|came) (?:only )?\d{1,2} \d{1,2} (?:items|pieces|"
     r"pcs|things|products)\b|\b(?:came|arrived|delivered) (?:only )?partly\b", "yes"),
    (r"\bmissing (?:the |my )?(?:second|third|other) (?:item|product|thing|one|pair|piece)\b|"
     r"\b(?:half|part|some) of (?:the |my )?order (?:never|has not|did not|still|is still|was "
     r"never|is not|was not)\b", "yes"),
    (r"\b(?:ordered|bought|purchased) (?:two|three|four|five|six|[2-9]|\d\d)\b(?! (?:days?|weeks?|"
     r"months?|hours?|years?|times)\b)(?: \w+){0,2} (?:got|"
     r"received|came|arrived) (?:only )?(?:one|two|three|\d{1,2})\b(?! (?:days|weeks|months|"
     r"hours))|"
     r"\b(?:two|three|four|[2-9]) different (?:colou?rs|sizes|models|versions|variants)\b|"
     r"\ba dozen\b",
     "yes"),
    (r"\b(?:all|everything|the rest) (?:came|arrived|is here|was there|was delivered|got here) "
     r"(?:except|but|apart from|besides)\b|\bsomething (?:from|of|in) (?:my|the) order (?:is|was) "
     r"missing\b", "yes"),
    # an order holding a count of things: "one order with 2 dresses", "order had 2 mugs"
    (r"\border(?: \w+)? (?:with|had|has|of|contained|contains|included|includes|containing) "
     r"(?:two|three|four|five|six|seven|eight|nine|ten|[2-9]|\d\d) "
     rf"(?:(?!{_NOT_ITEMS}\b)[a-z]+ )?(?!{_NOT_ITEMS}\b)[a-z]+s\b|"
     r"\b(?:one|1|a single|single|the same|same) order (?:with |of |containing |and )?"
     r"(?:two|three|four|five|six|seven|eight|nine|ten|[2-9]|\d\d) "
     rf"(?:(?!{_NOT_ITEMS}\b)[a-z]+ )?(?!{_NOT_ITEMS}\b)[a-z]+s\b", "yes"),
    # counted against the whole with words between: "the one lamp missing out of 3"
    (r"\b(?:one|two|three|four|five|\d{1,2})(?: (?!(?:stars?|points?|days?|weeks?|months?|times?|"
     r"orders?|sellers?|stores?|shops?|parcels?|packages?|emails?|messages?|replies|reply|"
     r"answers?|calls?|attempts?|tries)\b)[a-z]+){1,3}? out of (?:the )?(?:two|three|four|five|"
     r"six|seven|eight|nine|ten|\d{1,2})\b(?! (?:days|weeks|months|hours|stars|orders|sellers|"
     r"stores|shops|parcels|packages|points|emails|messages|replies|answers|calls|attempts|tries|"
     r"times)\b)", "yes"),
    # the things of one order named in a list, or the count it should have held
    (r"\border (?:included|contained|contains|includes|held) (?:a |an |the |one )\w+(?: \w+)"
     r"{0,4}? and (?:a |an |the |one )\w+|\b(?:supposed to be|should be|"
     r"should have been|there should be|meant to be|was meant to be|were meant to be) (?:two|three|"
     r"four|five|six|seven|eight|nine|ten|[2-9]|\d\d) "
     rf"(?:(?!{_NOT_ITEMS}\b)[a-z]+ )?(?!{_NOT_ITEMS}\b)[a-z]+s\b", "yes"),
    # the order came in part, or short of one thing: "arrived partially", "minus one item"
    (r"\b(?:arrived|came|delivered|shipped|received) (?:only )?(?:partially|in part)\b|"
     r"\b(?:box|package|parcel|order) (?:was |is )?missing (?:a|an|one|two|some|1|2) (?:product|"
     r"item|thing)s?\b|\b(?:minus|except for|but without) (?:one|a|an|1|two|2) (?:item|product|"
     r"thing|piece)s?\b|\bboth (?:in |from |on )?(?:one|the same|a single|same) order\b|"
     r"\b(?:ordered|bought|qty|quantity|got|received) x ?(?:[2-9]|1\d|20)\b", "yes"),
    # one named thing came and another did not: "the shoes arrived, the socks didnt"
    (r"\b(?:the|my) (?!(?:package|parcel|box|order|tracking|refund|money|item|product|contents?|"
     r"notification|notice|message|sms|text|letter|slip|email|courier|seller|dispute|status|"
     r"update|reply|answer|card|code|one|other|rest)\b)(?P<came>[a-z]+) (?:came|arrived|is here|"
     r"are here|got here|was delivered|were delivered) (?:but |and |while |though )?(?:the|my) "
     r"(?!(?:package|parcel|box|order|tracking|refund|money|item|product|contents?|notification|"
     r"notice|message|sms|text|letter|slip|email|courier|seller|dispute|status|update|reply|"
     r"answer|card|code|charger|cable|cord|remote|batter(?:y|ies)|manual|adapter|plug|lid|strap|"
     r"stand|screws|bulbs?|lens|mount|case|cover|instructions|accessories|parts|pieces)\b)"
     r"(?!(?P=came)\b)[a-z]+ (?:did not|never|has not|have not|is missing|"
     r"are missing|still)\b", "yes"),
    # a set, lot or pack short of its count: "a set of 12 brushes came with 10"
    (r"\b(?:set|lot|pack|bundle|kit) of (?:two|three|four|five|six|seven|eight|nine|ten|eleven|"
     r"twelve|\d{1,3})\b(?: \w+){0,4}? (?:came with|only|there were|there was|got|received|inside|"
     r"arrived with|had|contained|in the (?:box|bag|package)) (?:only )?(?:two|three|four|five|six|"
     r"seven|eight|nine|ten|eleven|twelve|\d{1,3})\b", "yes"),
    # a count short of what was ordered: "quantity is less than ordered", "wrong quantity"
    (r"\b(?:quantity|number of (?:items|pieces|pcs|units|pairs|things)|amount of (?:items|goods|"
     r"pieces|things))\b(?: \w+){0,2} (?:is |was )?(?:less|smaller|lower|fewer|short|wrong|not "
     r"(?:right|correct|what i ordered))\b|\bwrong (?:quantity|number of (?:items|pieces|pcs|"
     r"units|pairs))\b|\b(?:got|received|sent(?: me)?) (?:less|fewer) (?:than (?:i|we) "
     r"(?:ordered|paid for|bought)|(?:items|pieces|pcs|units|pairs) than)\b", "yes"),
    # a count ordered, fewer sent: "i ordered 2, the seller sent 1", "the package only had one, i
    # ordered two", "one is missing, i paid for two", "half of what i ordered", "forgot one item"
    (r"\b(?:ordered|bought|purchased|paid for) (?:two|three|four|five|six|[2-9]|\d\d)\b(?! "
     r"(?:days?|weeks?|months?|hours?|years?|times|orders|dollars|euros|usd|eur)\b)(?: \w+){0,3} "
     r"(?:sent|"
     r"send|shipped|delivered|gave|put) (?:me |us )?(?:only |just )?(?:one|two|three|\d{1,2})\b"
     r"(?! (?:days|weeks|months|hours))|\b(?:parcel|package|box)(?: \w+)? (?:only |just )?(?:had|"
     r"contained|held) (?:only |just )?(?:one|two|\d)\b(?: \w+){0,3} (?:i|we) (?:had )?(?:ordered|"
     r"bought|paid for) (?:two|three|four|five|six|[2-9]|\d\d)\b|\b(?:one|two|1|2) (?:is|are|was|"
     r"were) missing\b(?: \w+){0,4} (?:paid for|ordered|bought) (?:two|three|four|five|six|[2-9]|"
     r"\d\d)\b|\bhalf of what (?:i|we) (?:ordered|paid for|bought)\b|\b(?:forgot|forgotten|left "
     r"out|did not send|never sent|did not pack) (?:to send )?(?:one|an|1|two|2|some) (?:item|"
     r"product|thing)s?\b", "yes"),
    # an order told by its count with no noun, or whole items counted as missing: "my order of 3",
    # "the 2 missing items", "the order had 4 things but only 2 came"
    (r"\b(?:my |an |the |this |that )order of (?:[2-9]|two|three|four|five|six|seven|eight|nine|"
     r"ten)\b(?! ?(?:%|\$|€|£|k\b)|[.,]\d| (?:" + _NOT_ITEMS[3:-1] + r"|dollar|euro|pound|buck|"
     r"rouble|ruble)\w*)|\b(?:[2-9]|two|three|four|five|six) (?:missing|lost|absent) (?:items|"
     r"products|things|pieces)\b|\b(?:[2-9]|two|three|four|five|six) (?!" + _NOT_ITEMS[3:-1] +
     r"\b)[a-z]+s\b(?: \w+){0,8} (?:but |and |yet )?only (?:1|one|2|two|3|three) (?:[a-z]+ )?"
     r"(?:in the (?:box|parcel|package|bag)|arrived|came|was in|were in|inside|delivered)\b",
     "yes"),
    # two different things named in one order: "in that order i had a lamp and a cable", "the
    # order had a lamp and cable" (ninth pass: the order as the subject, the second "a" dropped)
    (r"(?:\b(?:in|from) (?:my |that |this |the |one )?order\b(?: \w+){0,3} (?:i |we )?(?:had|have|"
     r"got|bought|ordered|included|contained)|\border(?: \w+)? (?:had|has|with)) (?:a |an |one )"
     r"(?!(?:hole|tear|dent|crack|refund|"
     r"problem|issue|dispute|coupon|message|week|month|day|few|couple|delay|question)\b)[a-z]+"
     r"(?: [a-z]+)? (?:and|plus) (?:a |an |one )?(?!(?:hole|tear|dent|crack|refund|problem|issue|"
     r"dispute|coupon|message|week|month|day|few|couple|delay|question|then|so|it|i|we|the|my|now|"
     r"was|is|has|had|no|not|nothing|never|still|after|that|this|got|came|they|he|she|seller|"
     r"store|shop|tracking|track|status)\b)[a-z]+", "yes"),
    # ninth pass: things counted in one order, or its missing items as a plural: "the 3 mugs in
    # that order", "the missing items of my order"
    (r"\b(?:two|three|four|five|six|seven|eight|nine|ten|[2-9]|\d\d) (?!(?:" + _NOT_ITEMS[3:-1]
     + r"|more|extra|left|other|others|out|of)\b)[a-z]+ (?:in|from|of) (?:my|the|that|this|one|a "
     r"single|the same) (?:\w+ )?order\b(?! (?:page|history|list|number|id|details|status|"
     r"reviews?|feedback)\b)|\b(?:missing|other|remaining|undelivered) (?:items|products|things)"
     r" (?:in|of|from) (?:my|the|this|that|one|the same) (?:\w+ )?order\b", "yes"),
)


_DISPUTE_WORD = r"(?:dispute|disput|claim|case)"
"""The dispute as buyers type it, "disput" too (fourteenth pass)."""

_CLOSED_BY_ME = (r"^(?!.*\b(?:i|we) (?:\w+ )?(?:closed|cancell?ed|withdrew|escalated|appealed)"
                 r"\b)")
"""No closing of the buyer's own told: a plea to close it is then the latest word."""

DISPUTE_P14_FIRST: tuple[tuple[str, str | None], ...] = (
    # fourteenth pass: a dispute in an earlier year is not this order's ("in 2023 i lost one")
    (r"\b(?:in (?:19\d\d|20[01]\d|202[0-5])|(?:a|one|two|three|\d{1,2}) years? ago)\b"
     r"(?: (?!(?:but|and|now|this|today|currently)\b)\w+){0,8}", MASK),
    # the bank or wallet lost its licence: no lost dispute ("won, the bank lost its licence")
    (r"\b(?:bank|card|qiwi|wallet|paypal|it|they)(?: \w+){0,2} lost (?:its |their |the |a |"
     r"his |her )?(?:banking )?licen[cs]e\b", MASK),
    # the chance to open one missed, and nothing more said: FACTS.md, protection ended only, no
    # dispute stage ("never opened one" beside it is `none`, read below)
    (r"^(?!.*\b(?:never|not|nothing|no)\b(?: \w+){0,2} (?:opened|open|filed|dispute|claim)"
     r"\b).*\bmissed (?:the |my )?(?:deadline|chance|window|time|date)(?: \w+){0,2} (?:to|for) "
     r"(?:open|opening|file|filing|start|raise) (?:a |the |any )?" + _DISPUTE_WORD + r"\b",
     None),
    # money or a resend promised for closing it: the dispute is still open ("he says if i close
    # it he will send another", "offers a coupon for closing it", "close the dispute and get…")
    (_CLOSED_BY_ME + r"(?=.*\b" + _DISPUTE_WORD + r"\b).*\b(?:seller|store|shop|he|she|they)\b"
     r"(?: \S+){0,4} (?:says?|said|wrote|writes|tells me|told me|promises?|promised|offers?|"
     r"offered|offering|proposes?|proposed)(?: \S+){0,6} (?:if|when|once|for|after) (?:i |we )?"
     r"(?:close|cancel|withdraw|remove|drop|closing|cancell?ing|withdrawing|removing|dropping) "
     r"(?:it|this|mine|(?:the |my |this )?" + _DISPUTE_WORD + r")\b", "opened"),
    (_CLOSED_BY_ME + r".*\b(?:close|cancel|withdraw|remove) (?:the |your |this |my )?"
     + _DISPUTE_WORD + r"\b(?: \S+){0,2} (?:and|then) (?:get|you get|you will get|receive|"
     r"he|she|they|we|i will|i ll)\b|" + _CLOSED_BY_ME + r".*\b(?:seller|store|shop|he|she|they)"
     r"\b(?: \S+){0,3} (?:wants?|asks?|asking|begs?|begging|says?)(?: \S+){0,3} (?:close|cancel|"
     r"withdraw) (?:the |my |this |your )?(?:dispute|disput|claim)\b", "opened"),
    # no dispute told, whatever the seller offered (FACTS.md, decided after the seventh set)
    (r"^(?!.*\b(?:now|then|later|finally|so|already|but) (?:i |we )?(?:have )?(?:opened|filed|"
     r"started|raised)\b)(?:.*\b(?:(?<!seller )(?<!store )(?<!shop )(?<!he )(?<!she )(?<!they )"
     r"(?:(?:have not|havent|havnt|did not|didnt|never) (?:yet |even |ever )?(?:opened|open|filed|"
     r"file|started|start|raised|had|have)|do not have) (?:a |the |any |one )?(?:dispute|disput|"
     r"claim)s?|no (?:dispute|disput|claim)s? (?:yet|opened|so far)|(?:if|as long as|provided) "
     # (twenty-fifth pass D: a learner's bare "not": "coupon if i not open dispute")
     r"(?:i |we )?(?:do not|will not|never|dont|not) (?:open|file|start|raise) (?:a |the |any )?"
     r"(?:dispute|disput|claim)|to avoid (?:a |any |the )?(?:dispute|disput|claim)|"
     # (twenty-fifth pass D: the condition joined on: "… if i leave 5 stars and dont open one")
     r"\b(?:and|or) (?:do not|never|not) (?:open|file|start|raise) (?:a |the |any )?(?:one|"
     r"dispute|disput|claim))\b|"
     r"(?=.*\b(?:dispute|disput|claim)\b)(?!.*\b(?:box|parcel|package|packet|envelope|app|link|"
     r"email|message)\b).*\b(?:have not|havent|havnt|did not|never) (?:yet )?(?:opened|open|"
     r"filed|file) (?:one|anything)\b)", "none"),
    # AliExpress closed it for the seller: lost, whatever stage came before
    (r"^(?!.*\b(?:appealed|reopened|escalated)\b(?: \w+){0,4} won\b)(?=.*\b(?:dispute|disput|"
     r"claim|case|aliexpress|ali|arbitration)\b).*\b(?:closed|ended|decided|resolved|settled|"
     r"finished)(?: it)? (?:for|in favou?r of|on the side of) (?:the )?(?:seller|store|shop|"
     r"vendor)\b|\bdecision (?:is |was )?no refund\b", "lost"),
)
"""Fourteenth pass, read before the stages: an earlier year's dispute, a licence lost, a
missed chance to open one, a plea to close it, "no dispute" beside an offer, a decision for the
seller."""

_LATER = (r"^(?!.*\b(?:escalat\w*|appeal\w*|arbitration|refused|rejected|declined|won|lost|"
          r"closed|cancell?ed|withdrew|favou?r|decided|decision)\b)")
"""No later stage told: a recall row below may then speak (the stages above place the rest)."""

DISPUTE_P14_LATE: tuple[tuple[str, str | None], ...] = (
    # terse outcomes: "won, but the refund…", "won 43 eur", "lost after two weeks", "lost a $64
    # dispute", "won disput"
    (r"^(?:i |we |so )?won(?: (?:\$|€|£)?\d| (?:but|and|in|after|then|so)\b|$)|\b(?<!he )(?<!she )"
     r"(?<!they )(?<!seller )(?<!store )(?<!shop )won (?:the |a |my )?(?:\S+ ){0,2}(?:dispute|"
     r"disput|claim|case)\b", "won"),
    (r"^(?:i |we |so )?lost (?:it )?(?:after|in|within) |^(?:i )?lost$|\blost (?:the |a |my )"
     r"(?:\S+ ){0,2}(?:dispute|disput|claim)\b|"
     r"\b(?:seller|store|shop) wins\b", "lost"),
    # the seller's no told in few words ("he rejected in 2 days", "refused after 6 days",
    # "seller rejectd my dispute")
    (r"^(?!.*\b(?:aliexpress|ali|platform|support|arbitration|escalat\w*|appeal\w*|cancel\w*|"
     r"ship\w*|send|extend\w*|offer\w*)\b)(?:.*\b(?:seller|store|shop|he|she|they) (?:has |just )?"
     r"(?:rejectd|rejected|refused|declined|denied)\b(?! to (?!refund|accept|return))"
     r"|(?:\d{10,20} )?(?:rejected|refused|"
     r"declined) (?:after|within|in) (?:a|an|\d{1,3}|one|two|three|four|five|six|seven) "
     r"(?:days?|hours?|weeks?)\b)", "refused"),
    # the seller's offer within the dispute ("offers to send the missing part", "says send it
    # back to china for replacement", "propose a 7 usd coupon")
    (_LATER + r".*\b(?:seller|store|shop|he|she|they|продавец)\b(?: \S+){0,4} (?:offers?|"
     r"offered|proposes?|proposed|propose|suggests?|suggested) (?:me )?(?:to (?:send|resend|"
     r"ship|refund|give|pay|return|replace)|a |an |\$|€|£|\d|the (?:missing|right|correct)|"
     r"(?:full|partial|half) )", "offer"),
    (_LATER + r"(?:.*\b(?:seller|store|shop|he|she|they)(?: \w+){0,2} (?:says?|said|tells me|"
     r"told me) (?:to )?(?:send|ship|return|post) (?:it|them|the item|the \w+)(?: back)?\b"
     r"(?: \w+){0,4} (?:for|to get) (?:a )?(?:full )?(?:refund|replacement|new one)\b|(?=.*\b"
     r"(?:dispute|disput|claim)\b).*\b(?:seller|store|shop|he|she|they) (?:says |said )?(?:he "
     r"|she |they )?(?:will|ll) (?:ship|send|resend) (?:the |a |another |new )?\w+ "
     r"(?:separately|again|for free|later)\b)", "offer"),
)
"""Fourteenth pass, read after the decided rows and before the general stages."""


_RELATIVE = (r"(?:friend|brother|sister|wife|husband|mom|mum|mother|dad|father|colleague|"
             r"neighbou?r|cousin|son|daughter|coworker|aunt|uncle|grandma|grandpa)")
"""Someone close whose own order or dispute a buyer tells of."""

_NOT_WISHED = "".join(f"(?<!{w} )" for w in (
    "can", "could", "will", "would", "should", "shall", "may", "might", "must", "if", "to", "do",
    "does", "hope", "wish", "want", "when", "whether", "how", "chance", "until", "unless",
    "cant", "not", "never", "dont", "didnt", "before", "let"))
"""Lookbehinds: the buyer's act after these is asked, wished or supposed, not told."""

DISPUTE_P16_EARLY: tuple[tuple[str, str | None], ...] = (
    # sixteenth pass: a later stage denied is none of it: "won without escalation"
    (r"\b(?:without (?:an |any )?(?:escalat|appeal|arbitrat)\w*|no (?:escalation|appeal|"
     r"arbitration) (?:needed|was needed|necessary)?)", MASK),
    # a relative's own seller, order or dispute, up to the buyer's own: "my friend's seller
    # offered 50%", "my mother has a dispute open on her phone"
    (r"\bmy " + _RELATIVE + r"(?: s|s)? (?:\w+ )?(?:seller|store|shop|order|dispute|claim|case)\b"
     r"(?: (?!but|and|this|now|mine|my|i|me|im)\w+){0,8}|\bmy " + _RELATIVE + r" (?:has|had|"
     r"have|opened|filed|won|lost|closed|cancell?ed)(?: \w+){0,2}? (?:dispute|claim|case)\b"
     r"(?: (?!but|this|now|mine|my|i|me|im)\w+){0,8}", MASK),
    # an earlier dispute of the buyer's ("because my last one i lost"), a seller's policy ("we
    # will not accept any dispute"), how long the seller has, asked: no stage
    (r"\b(?:my|the) (?:last|previous) (?:one|dispute|claim|case)\b(?: (?!but|this|now)\w+){0,5}|"
     r"\b(?:will not|won t|do not|dont|does not|doesnt|never) accept (?:any |a |the |your )?"
     r"(?:dispute|claim)s?\b|\bhow (?:long|many days)(?: \w+){0,6}? (?:to )?(?:respond|reply|"
     r"answer)(?: to)? (?:my |a |the )?(?:dispute|claim)\b", MASK),
    # what the seller might do, supposed: "if the seller offers 30% without a dispute, ..."
    (r"\bif (?:the |my |this )?(?:seller|store|shop|they|he|she) (?:offers|gives|sends|refuses|"
     r"rejects|declines|proposes|suggests)\b(?: (?!but|then)\S+){0,6}", MASK),
    # none before, then one opened, in second-language words: "i not open dispute before,
    # yesterday i open dispute"
    (r"\b(?:not|never) (?:ever )?(?:open|make|file)(?: a| any)? (?:dispute|disput|claim)s? "
     r"before\b(?=.*\b(?:open|opened|make|made|file|filed)\b)", MASK),
    # a request to cancel the order refused is no dispute refused: "cancel request on <order>
    # was rejected by the seller"
    (r"\bcancel\w*(?: order)? (?:request|req)\b(?: \S+){0,5}? (?:was |got |is |has been )?"
     r"(?:rejected|refused|declined|denied)\b(?: by (?:the )?(?:seller|store|shop))?", MASK),
)
"""Sixteenth pass, read before the older rows: an escalation denied, a relative's seller or
dispute, a cancellation request refused say no stage."""

DISPUTE_P16_FIRST: tuple[tuple[str, str | None], ...] = (
    # the platform's no: "rejected by aliexpress", whatever the seller said before
    (r"^(?!.*(?<!not )\bin my favou?r)(?:.*\s)?\b(?:rejected|refused|declined|denied) by "
     r"(?:aliexpress|ali|ae|the platform|platform|support|arbitration|the admin\w*)\b", "lost"),
    # the seller's no with a coupon for next time thrown in: refused, not an offer in place of
    # the refund ("seller refused the dispute but offered a coupon for next time")
    (r"^(?!.*\b(?:aliexpress|platform|support|escalat\w*|arbitrat\w*|appeal\w*|favou?r)\b)"
     r"(?:.*\s)?(?:refused|rejected|declined|denied)\b(?: \S+){0,8}? (?:\w+ ){0,3}?(?:a |an )?"
     r"(?:coupon|voucher)\w*(?: code)?(?: \w+){0,2}? (?:for (?:the |my |a )?next (?:time|order|"
     r"purchase)|thrown in)\b", "refused"),
    # the platform called in by the buyer ("i asked aliexpress to step in after the seller said
    # no"); an offer made after the escalation ("after i escalated he offered to reship"); the
    # dispute open again
    (r"^(?!.*\b(?:favou?r|decided|won|lost)\b)(?:.*\s)?\b(?:i|we) (?:have )?(?:asked|called|"
     r"requested|got) (?:aliexpress|ali|support|the platform)(?: \w+)? (?:to )?(?:step in|"
     r"intervene|get involved|review|look into)\b", "escalated"),
    (r"^(?!.*\b(?:favou?r|decided|won|lost)\b)(?:.*\s)?(?:\b(?:after|since|once) (?:i |we )?"
     r"(?:have )?escalat\w*|\bescalat\w*(?: \w+){0,2}? (?:and |but )?then)(?: \S+){0,4}? (?:he|she|"
     r"they|the seller|seller|the store|store|the shop|shop)(?: \w+){0,3}? (?:offered|offers|"
     r"proposed|proposes)\b", "offer"),
    (r"\b(?:dispute|claim|it s|its|it is) (?:is |was |shows |status )?(?:opened|open) again\b|"
     r"\breopened (?:the |my )?(?:dispute|claim)\b", "opened"),
    # told in the present, as second-language buyers write: "i finally win", "i lose dispute",
    # "i close my dispute by mistake", "i escalate to aliexpress"
    (r"\b(?=i )" + _NOT_WISHED + r"i (?:finally |already |at last |just )?win\b(?! (?:or|"
     r"and lose|a "
     r"(?:prize|game|giveaway)))|\b(?:dispute|claim) (?:is )?win\b(?! (?:or|if))|\bgive "
     r"me the win\b", "won"),
    (r"\b(?=i )" + _NOT_WISHED + r"i (?:lose|loose) (?:the |my |this )?(?:dispute|claim|case)\b|"
     r"\b(?:decide|decides|give|gives|close|closes)(?: \w+){0,2}? (?:for|to) (?:the )?seller(?: "
     r"side)?\b", "lost"),
    (r"\b(?=i )" + _NOT_WISHED + r"i (?:close|cancel|withdraw)(?: \w+)? (?:my |the |"
     r"this )?(?:dispute|"
     r"claim)\b|(?:^|\b(?=i )" + _NOT_WISHED + r"i )(?:close|cancel|withdraw) the (?:dispute|"
     r"claim) "
     r"myself\b",
     "closed_by_me"),
    (r"^(?!.*\b(?:favou?r|decided|won|lost|closed|rejected|refused|denied)\b)(?:.*\s)?\b(?=i )"
     + _NOT_WISHED + r"i escalate\b(?: (?:my |the |this )?(?:dispute|claim|"
     r"it|to aliexpress|to ali|to the platform|to support))?(?! (?:with|to) (?:my |the )?(?:bank|"
     r"paypal|card|visa|mastercard|issuer|police|lawyer))", "escalated"),
)
"""Sixteenth pass, read after the fourteenth pass's first rows: the seller's no with a coupon
thrown in, stages told in the present."""

DISPUTE_P16_LATE: tuple[tuple[str, str | None], ...] = (
    # sixteenth pass: the seller's no in other words: "refused by the seller", "got a rejection
    # from the store", "seller rejected it with…", "dispute refused day 4", "refused in 2 days",
    # "the store said they will not refund"
    (r"^(?!.*\b(?:aliexpress|ali|platform|support|arbitrat\w*|escalat\w*|appeal\w*|favou?r|won|"
     r"lost|offer\w*|propos\w*)\b)(?:.*\s)?(?:\b(?:refused|rejected|declined|denied) by (?:the )?"
     r"(?:seller|store|shop)\b|\b(?:got|received|get|had) (?:a |the )?(?:rejection|refusal) from "
     r"(?:the )?(?:seller|store|shop)\b|\b(?:seller|store|shop) (?:rejected|refused|declined|"
     r"reject|refuse|otklonil) (?:it|my|the|and|dispute|claim)\b|\b(?:dispute|disput|claim) (?:was "
     r"|got )?(?:refused|rejected|declined) (?:on )?day \d{1,3}\b|\b(?:refused|rejected) (?:in|"
     r"within|after) (?:\d{1,3}|a|one|two|three) (?:days?|weeks?)\b|\b(?:seller|store|shop) "
     r"(?:said|"
     r"says|say) (?:they|he|she) (?:will not|would not|do not|does not) (?:refund|accept)\b)",
     "refused"),
    # none in second-language words: "i no make dispute yet", "dispute i not open", "no dispute
    # from me", "nope, no dispute"
    (r"^(?!.*\b(?:now|then|later|finally|but|so|today|yesterday) (?:i |we )?(?:have )?(?:opened|"
     r"open|filed|started|raised|made|make)\b)(?:.*\s)?(?:\b(?:i|we) (?:no|not|never) (?:yet )?"
     r"(?:make|made|open|opened|file|filed|start|started)(?: a| any)? (?:dispute|disput|claim)\b|"
     r"\b(?:dispute|claim) i (?:not|do not|did not|never) (?:open|opened|make|made)\b|\bno "
     r"(?:dispute|claim) (?:from me|because|so far|nothing)\b|\b(?:nope|no) no (?:dispute|claim)\b|"
     r"\b(?:i|we) (?:have not|did not|never) (?:yet )?disputed (?:anything|it)\b)",
     "none"),
)
"""Sixteenth pass, read before the fourteenth pass's late rows: the seller's no in other words,
none in second-language words."""

