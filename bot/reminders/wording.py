"""What reminders say (msgids, marked for translation) and the ready English text for sellers.

Placeholders: {when} protection end (date and time), {left} time left, {shipped} ship day,
{opened} dispute day, {reply_end} end of the seller's reply time, {decided}, {typical},
{latest} refund dates, {method} payment method.
"""

from __future__ import annotations

from flows.markers import N_

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
PROMISED = N_(
    "A refund was promised, but until the money is in your account the protection countdown "
    "still matters. Don't close the dispute on a promise."
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
# Translators: placeholders are dates; {method} is a payment method in lower case ("bank card").
REFUND_LATE = N_(
    "The refund decided on {decided} usually arrives by {typical} ({method}), so it is late. "
    "What to do, step by step:"
)
# Translators: placeholders are dates.
REFUND_LADDER = N_(
    "1. Check your statement, including the original purchase date (some banks post the "
    "refund there), and your Alipay or Bonus balance.\n"
    "2. Write to AliExpress support from the order page with the order and dispute numbers.\n"
    "3. If nothing has arrived by {latest}, also contact your bank with the refund reference."
)
SELLER_TEXT_INTRO = N_("Message for the seller (copy it into the order chat):")
METHODS = {
    # Translators: payment methods, in lower case: they fill {method} in the late-refund reminder
    # ("...by 5 March (bank card)").
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
# Translators: reminder button: only the seller can extend buyer protection.
EXTENDED_LABEL = N_("🔁 Seller extended protection")
# Translators: reminder button; the bot then asks whether everything is fine with the item.
RECEIVED_LABEL = N_("📦 I received it")
# Translators: reminder button for an order waiting for its refund.
REFUNDED_LABEL = N_("✅ Refund arrived")

# Sellers read English (R30): not translated. Filled with the order's number and end date.
EXTENSION_REQUEST = (
    "Hello! My order No. {number} has not arrived yet, but the tracking shows it is on its "
    "way. The buyer protection for this order ends on {date}. Could you please extend the "
    "buyer protection by 15 days so that I can wait for the parcel? If it cannot be extended, "
    "I will have to open a dispute before the protection ends. Thank you!"
)
