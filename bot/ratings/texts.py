"""What buyers are told when they rate an answer (msgids, N_)."""

from __future__ import annotations

from flows.engine.markers import N_

THANKS = N_("Thank you! That helps me improve.")
WHAT_WAS_WRONG = N_("Sorry this answer didn't help. What was wrong?")
TYPE_IT = N_("Please write in one message what was wrong with the answer.")
NOTED = N_("Thank you, I've passed it on to the people who improve the bot. Send /start for the "
           "menu.")
STALE = N_("That rating button belongs to an answer I no longer have.")
