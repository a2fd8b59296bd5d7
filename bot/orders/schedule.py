"""The reminder schedule a buyer sees before adding an order: lead times from settings."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta

from bot.i18n import _, ngettext
from flows.orders import wording as w
from flows.orders.lifecycle import stage


def lead_phrase(lead: timedelta) -> str:
    """A lead time in its largest whole unit: "7 days", "12 hours", "30 minutes"."""
    minutes = int(lead.total_seconds() // 60)
    if minutes % 1440 == 0:
        n = minutes // 1440
        # Translators: a reminder's lead time: "7 days (before the end)".
        return ngettext("{n} day", "{n} days", n).format(n=n)
    if minutes % 60 == 0:
        n = minutes // 60
        # Translators: a reminder's lead time: "12 hours (before the end)".
        return ngettext("{n} hour", "{n} hours", n).format(n=n)
    # Translators: a reminder's lead time: "30 minutes (before the end)".
    return ngettext("{n} minute", "{n} minutes", minutes).format(n=minutes)


def schedule_paragraphs(offsets: Sequence[timedelta]) -> tuple[str, ...]:
    """One line per lead time (longest first) with what that reminder says, then the notes."""
    lines = [_(w.SCHEDULE_LINE).format(
        lead=lead_phrase(lead), what=_(w.SCHEDULE_WHAT[stage(lead / timedelta(hours=1))]))
        for lead in sorted(set(offsets), reverse=True)]
    return ("\n".join(lines), _(w.SCHEDULE_NOTES), _(w.SCHEDULE_COUNTS))
