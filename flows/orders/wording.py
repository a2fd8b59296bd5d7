"""What reminders say (msgids, marked for translation) and the ready English text for sellers.

Placeholders: {when} protection end (date and time), {left} time left, {shipped} ship day,
{opened} dispute day, {reply_end} end of the seller's reply time, {decided} the day a refund
was noted, {low} and {high} business days a refund takes, {method} payment method, {date} the
protection end's day.

Which status says which of these is declared in flows/orders/lifecycle.py.
"""

from __future__ import annotations

from flows.engine.markers import N_

# Translators: reminder heading; {label} is the name the buyer gave the order, {number} its
# AliExpress number.
HEADER = N_("⏰ Order \"{label}\" (No. {number})")
# Translators: reminder heading for an order without a name; {number} is its AliExpress number.
HEADER_NO_LABEL = N_("⏰ Order No. {number}")

# Translators: {when} is a date and time, {left} how long until then ("in 3 days"). "Buyer
# protection" is AliExpress's term.
PROTECTION_LEFT = N_("Buyer protection ends on {when} ({left}).")
TRACK_ACTION = N_(
    "What to do this week: check the tracking. If the parcel is moving but may not arrive "
    "in time, ask the seller now to extend buyer protection: send them the message below in "
    "the order chat, and request the extension on the order page. Only the seller can extend "
    "it. If the tracking has shown nothing new for more than 15 days, don't wait: open a "
    "dispute."
)
EVIDENCE_ACTION = N_(
    "What to do now: prepare the evidence and decide. Save screenshots of the tracking, of "
    "the listing and of your chat with the seller. If the seller promised an extension, check "
    "that the countdown on the order page has really moved. If it hasn't, or the parcel is "
    "still not here, open the dispute by tomorrow."
)
# Translators: {when} is a date and time, {left} how long until then. "Open dispute" is the
# AliExpress button: use the app's own name.
OPEN_NOW = N_(
    "⚠️ Open the dispute now: buyer protection ends on {when} ({left}). When the countdown "
    "ends, the money goes to the seller."
)
OPEN_WHERE = N_(
    "Where: on the order page, press \"Open dispute\" (in some versions of the app "
    "\"Return/refund request\"). What to write: choose \"I didn't receive the item\" (or the "
    "problem you have), ask for a full refund and attach a screenshot of the tracking. Don't "
    "wait for the seller's promises. Skip this only if the parcel has arrived and all is fine."
)
PROBLEM_ACTION = N_(
    "You said the item arrived with a problem. Don't confirm receipt, and don't wait for the "
    "last day: open the dispute with photos and a video of the fault, and choose a refund "
    "or a return. The button is \"Open dispute\" on the order page."
)
ESTIMATED = N_(
    "This end date is my estimate from the ship date and the delivery promise. The countdown "
    "on the order page is the date that counts: check it."
)
# Translators: {when} is a date and time. "Buyer protection" is AliExpress's term.
PROTECTION_ENDED = N_("Buyer protection has ended: the countdown ran out on {when}.")
ENDED_ACTION = N_(
    "What you can still do: open the order page now. If the \"Open dispute\" button is still "
    "there, open a dispute today: it still counts. If the order is marked Completed and the "
    "button is gone, write to AliExpress support from the order page with your tracking "
    "number and photos."
)
# Translators: {shipped} and the other placeholders are dates. "Open dispute" is the AliExpress
# button: use the app's own name.
DISPUTE_BUTTON_TEXT = N_(
    "The seller shipped it on {shipped}. The \"Open dispute\" button usually appears about a "
    "week after shipping (some rules say 5, 6, 10 or 11 days), so it may be there now. If the "
    "tracking is stuck or wrong, you can open a dispute."
)
# Translators: {opened} and the other placeholders are dates.
SELLER_REPLY_TEXT = N_(
    "You opened a dispute on {opened}. The seller's reply time (about 5 days) ended on "
    "{reply_end}. Check the dispute page: if the seller hasn't replied, the dispute usually "
    "resolves in your favour automatically, but its own timer decides. If the seller refused, "
    "escalate the dispute to AliExpress."
)
# Translators: {decided} is the date the buyer noted the refund; {low} and {high} are numbers of
# business days; {method} is a payment method in lower case ("bank card").
REFUND_LATE = N_(
    "The refund noted on {decided} usually takes {low} to {high} business days to come back "
    "({method}) once AliExpress shows it as sent. It has been longer than that, so it is late. "
    "What to do, step by step:"
)
REFUND_LADDER = N_(
    "1. Check your statement, including the original purchase date (some banks post the "
    "refund there), and your AliExpress or Alipay balance.\n"
    "2. Write to AliExpress support from the order page with the order number (and the "
    "dispute number, if you had a dispute).\n"
    "3. If it is still missing a week later, also contact your bank with the refund reference."
)
SELLER_TEXT_INTRO = N_("Message for the seller (copy it into the order chat):")
METHODS = {
    # Translators: payment methods, in lower case: they fill {method} in refund texts
    # ("Paid with bank card: ...", "(bank card)").
    "card": N_("bank card"),
    "alipay": N_("Alipay"),
    # Translators: an AliExpress payment option: money kept on the AliExpress account.
    "wallet": N_("AliExpress wallet"),
    "ewallet": N_("e-wallet"),
}
# Translators: {date} is a full date, {time} a time such as 18:00.
AT = N_("{date} at {time}")

# Translators: reminder buttons; each opens a guide, kept short for a phone screen.
TRACK_GUIDE = N_("📖 Parcel late: what to do")
# Translators: reminder button that opens the guide on preparing a dispute.
EVIDENCE_GUIDE = N_("📖 How to prepare the dispute")
# Translators: reminder button that opens the guide on opening a dispute.
OPEN_GUIDE = N_("⚖️ How to open the dispute")
# Translators: reminder button that opens the guide on a dispute already open.
DISPUTE_GUIDE = N_("⚖️ What happens in the dispute")
# Translators: reminder button that opens the guide on a late refund.
REFUND_GUIDE = N_("📖 Refund late: what to do")
# Translators: reminder button that opens the guide for a faulty or wrong item.
PROBLEM_GUIDE = N_("🔧 Item faulty: what to do")

# Sellers read English (R30): not translated. Filled with the order's number and end date.
EXTENSION_REQUEST = (
    "Hello! My order No. {number} has not arrived yet, but the tracking shows it is on its "
    "way. The buyer protection for this order ends on {date}. Could you please extend the "
    "buyer protection by 15 days so that I can wait for the parcel? If it cannot be extended, "
    "I will have to open a dispute before the protection ends. Thank you!"
)

# Per status (flows/orders/lifecycle.py). A dispute is open: keep it, watch the reply clock.
DISPUTE_KEEP = N_(
    "Your dispute is open: keep it open until the money is in your account, even if the "
    "seller promises a refund in the chat. The seller usually has about 5 days to reply; the "
    "timer on the dispute page shows how long is left. If you and the seller haven't agreed, "
    "escalate the dispute to AliExpress before buyer protection ends."
)
# Translators: {low} and {high} are numbers of business days; {method} is a payment method in
# lower case ("bank card").
PROMISED_KEEP = N_(
    "A refund was decided. Paid with {method}: a refund usually takes {low} to {high} "
    "business days from the day AliExpress shows it as sent. Where to look: your statement "
    "(also under the purchase date) and your AliExpress or Alipay balance. Keep the dispute "
    "open until the money is in your account. If the order page still doesn't show the refund "
    "as sent, write to AliExpress support from the order page before buyer protection ends."
)
# Translators: {when} is a date and time, {left} how long until then. "Open dispute" is the
# AliExpress button: use the app's own name.
PROBLEM_NOW = N_(
    "⚠️ Open the dispute about the problem now: buyer protection ends on {when} ({left}). "
    "When the countdown ends, the money goes to the seller."
)
PROBLEM_WHERE = N_(
    "Where: on the order page, press \"Open dispute\" (in some versions of the app "
    "\"Return/refund request\"). Choose what is wrong with the item (damaged, not as described, "
    "doesn't work), attach photos and a video of the fault, and ask for a refund or a return. "
    "Don't confirm receipt before that."
)
CUT_ASSUMED = N_(
    "You haven't sent me the countdown shown since the parcel arrived, so I assume about 5 "
    "days were left from then: once a parcel counts as delivered, AliExpress may cut the time "
    "left to about 5 days. Send the countdown the order page shows now and the reminders will "
    "follow it."
)
# Translators: {opened} is a date.
DISPUTE_DAY_ESTIMATED = N_(
    "You didn't know the day the dispute was opened, so I count from {opened}, the day you "
    "told me: these dates are estimates, and the timer on the dispute page wins."
)
ENDED_IN_DISPUTE = N_(
    "Your dispute stays open after buyer protection ends: check the dispute page for where it "
    "stands, and if nothing moves, write to AliExpress support from it with the dispute number."
)
# Translators: reminder button that opens the guide after a lost dispute.
LOST_GUIDE = N_("📖 Dispute lost: what now")
# Translators: order and reminder button for an item that arrived with a problem: the bot asks
# for the countdown the order page shows now.
COUNTDOWN_NOW_LABEL = N_("⏱ Send the countdown shown now")

# The order card's next step per status ({date} protection end, {opened} dispute day, {due}
# end of the seller's reply time, {decided}, {low}, {high}, {method} as above).
# Translators: {date} is a date; "protection" is AliExpress's buyer protection.
STEP_OPEN = N_(
    "Next: wait for the parcel and check the tracking now and then. If it hasn't arrived as "
    "the end nears, ask the seller to extend protection or open a dispute before {date}. I'll "
    "remind you before then."
)
# Translators: {date} is a date. "Confirm receipt" is the AliExpress button: use the app's own
# name.
STEP_PROBLEM = N_(
    "The item arrived with a problem. Don't confirm receipt: open a dispute about the problem "
    "with photos and a video before {date}. The reminders keep running until then."
)
# Translators: {opened} and {due} are dates.
STEP_DISPUTE = N_(
    "Dispute opened {opened}. The seller usually has about 5 days to reply, until about {due}; "
    "if they don't, the dispute usually resolves in your favour (the timer on the dispute page "
    "wins). Keep it open until the money is in your account, and if you can't agree, escalate "
    "it before {date}."
)
# Translators: {decided} is a date; {low} and {high} are numbers of business days; {method} a
# payment method in lower case.
STEP_PROMISED = N_(
    "Refund decided on {decided}. Paid with {method}: a refund usually takes {low} to {high} "
    "business days from the day AliExpress shows it as sent (weekends and holidays don't "
    "count). Keep the dispute open until the money is in your account."
)
# Translators: {decided} is a date; {low} and {high} are numbers of business days; {method} a
# payment method in lower case.
STEP_CANCELLED = N_(
    "Order cancelled on {decided}. The refund ({method}) usually takes {low} to {high} "
    "business days from the day AliExpress shows it as sent (weekends and holidays don't "
    "count). I'll remind you if it takes longer."
)
STEP_LOST = N_(
    "AliExpress decided for the seller, and that decision is final. If you have new evidence, "
    "you can still write to AliExpress support with the dispute number, but the chances are "
    "low. No more reminders for this order."
)
STEP_CLOSED = N_("Closed: no more reminders for this order.")
# Translators: {low} and {high} are numbers of business days; {method} a payment method.
STEP_REFUND_LATE = N_(
    "The refund has taken more than {high} business days, longer than usual ({method}): "
    "it is late. Check your statement (also under the purchase date) and your AliExpress or "
    "Alipay balance, then write to AliExpress support with the order number (and the dispute "
    "number, if you had a dispute), and contact your bank with the refund reference."
)
STEP_ENDED = N_(
    "Next: check the order page. If the \"Open dispute\" button is still there, you can still "
    "use it; if the order is \"Completed\" and the button is gone, protection is over."
)

# The schedule shown before adding an order: one line per configured lead time.
# Translators: {lead} is a lead time such as "7 days" or "12 hours"; {what} one of the phrases
# below.
SCHEDULE_LINE = N_("• {lead} before the end: {what}")
SCHEDULE_WHAT = {
    # Translators: what the early reminder says (completes "7 days before the end: ...").
    "early": N_("check the tracking; if the parcel may be late, ask the seller to extend "
                "protection (I give you the message to send)"),
    # Translators: what a reminder a few days before the end says.
    "decide": N_("prepare the evidence and decide"),
    # Translators: what the last reminders say.
    "last": N_("open the dispute now"),
}
SCHEDULE_NOTES = N_(
    "The last reminder tells you to open the dispute if the parcel hasn't come or something is "
    "wrong. If the seller extends protection, press \"Seller extended protection\" on the "
    "order and send the new date: the reminders move with it. At night (23:00–08:00 in your "
    "time zone) I keep quiet, except in the last 12 hours."
)
SCHEDULE_COUNTS = N_("The countdown on the order page is the deadline that counts. Don't wait "
                     "for the last day.")
