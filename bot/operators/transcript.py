"""Log rows as a transcript people read: time in the reader's zone, who said what, states."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from bot.i18n import _
from bot.operators.queries import Exchange, Hit, LogRow, UserRef

USER_MARK, BOT_MARK = "👤", "🤖"



def local_time(at: str, tz: ZoneInfo) -> str:
    """A stored UTC ISO time as `2026-03-10 15:00` in the given zone."""
    return datetime.fromisoformat(at).astimezone(tz).strftime("%Y-%m-%d %H:%M")


def clipped(text: str, limit: int | None) -> str:
    """The text, cut at `limit` characters with an ellipsis (no cut when limit is None)."""
    if limit is None or len(text) <= limit:
        return text
    return text[: limit - 1].rstrip() + "…"


def row_line(row: LogRow, clip: int | None) -> str:
    """One message: who, and what (a button press, typed text, a text for the seller...)."""
    text = row.text or ""
    if row.direction == "in":
        if row.kind == "click":
            # Translators: transcript line for a button the user pressed; {label} is its label.
            text = _("[button] {label}").format(label=text)
        elif row.kind == "other":
            text = _("[not text: a sticker, photo, file or voice]")
        return f"{USER_MARK} {clipped(text, clip)}"
    if row.kind == "seller_text":
        # Translators: transcript line for the ready English text for the seller; {text} is that
        # text.
        text = _("[for the seller] {text}").format(text=text)
    line = f"{BOT_MARK} {clipped(text, clip)}"
    if row.delivered == 0:
        # Translators: after a bot message in a transcript that never reached the user (a
        # crash or a network failure came between saving and sending it).
        line += " " + _("[not delivered]")
    return line


def exchange_block(exchange: Exchange, tz: ZoneInfo, clip: int | None) -> str:
    """A heading (time, states, group if any) and the exchange's messages."""
    first = exchange.first
    before, after = first.state_before or "?", first.state_after or "?"
    states = before if before == after else f"{before} → {after}"
    heading = f"🕒 {local_time(first.at, tz)} · {states}"
    if first.user_id is not None and first.chat_id != first.user_id:
        # Translators: transcript heading; {chat} is a Telegram group id (a number).
        heading += " · " + _("in group {chat}").format(chat=first.chat_id)
    return "\n".join([heading, *(row_line(r, clip) for r in exchange.rows)])


def transcript_page(user: UserRef, page: list[Exchange], number: int, pages: int,
                    tz: ZoneInfo, clip: int | None = 160) -> str:
    """One page of a user's transcript, with a header naming the page and the time zone."""
    # Translators: {user} is a user id or @username; {zone} an IANA time zone name such as
    # Europe/Moscow.
    header = _("Transcript of {user}, page {page} of {pages}. Times in {zone}.").format(
        user=user.label(), page=number, pages=pages, zone=str(tz))
    return "\n\n".join([header, *(exchange_block(e, tz, clip) for e in page)])


def search_results(text: str, hits: list[Hit], tz: ZoneInfo) -> str:
    """The conversations a search found, newest first, with the newest match of each."""
    if not hits:
        # Translators: {text} is what the operator searched for.
        return _("Nothing found for \"{text}\".").format(text=text)
    # Translators: {text} is what the operator searched for; {zone} an IANA time zone name.
    lines = [_("Conversations with \"{text}\" (newest first, times in {zone}):").format(
        text=text, zone=str(tz))]
    for hit in hits:
        # Translators: one search hit: {user} a user id or @username, {n} a count, {at} a date and
        # time, {snippet} the matching message.
        lines.append(_("• {user} — matches: {n}, the last at {at}\n  {snippet}").format(
            user=hit.user.label(), n=hit.matches, at=local_time(hit.last_at, tz),
            snippet=clipped(hit.snippet, 200)))
    return "\n\n".join(lines)
