"""What each outgoing message was, as data: the outcome kinds the conversation log records.

Operators list the conversations where the bot was stuck from these, so a reply the bot
could not make sense of is never logged like an answer. Which screens answer is read from
the flows themselves (the same rule /stats uses to count a scenario finished).
"""

from __future__ import annotations

from flows.engine import machine as engine
from flows.engine.spec import Flow

ANSWER = "answer"                    # a scenario's advice screen
QUESTION = "question"                # any other screen: a question, the menu, a form
INFO = "info"                        # a note in place: /help, thanks, a stale button
NOT_UNDERSTOOD = "not_understood"    # text the bot could not place, input it could not read
UNSUPPORTED = "unsupported"          # a sticker, a photo, a voice message
UNKNOWN_COMMAND = "unknown_command"
ERROR = "error"                      # the apology after a crash
SCAM = "scam_warning"
HANDOVER = "handover"                # anything said while a person handles the case

KINDS = (ANSWER, QUESTION, INFO, NOT_UNDERSTOOD, UNSUPPORTED, UNKNOWN_COMMAND, ERROR, SCAM,
         HANDOVER)
# The outcomes that mean the bot did not help; two in a row make a conversation stuck.
FAILURES = (NOT_UNDERSTOOD, UNSUPPORTED, UNKNOWN_COMMAND)
SCAM_FLOW = "scams"


def scenarios() -> tuple[Flow, ...]:
    """The flows the main menu offers (the scenarios users walk)."""
    return tuple(f for f in engine.FLOWS[1:] if f.in_menu)


def advice_screens(flow: Flow) -> set[str]:
    """Screens where the scenario gives its answer; reaching one counts as finishing it.

    A screen answers unless it is the first one, asks for typed input, or is a question:
    two or more choices that stay in the scenario and no message for the seller.
    """
    own = {s.name for s in flow.screens}
    return {s.name for s in flow.screens
            if s.name != flow.entry and s.expects is None
            and (s.seller_text or len({c.trigger for c in s.choices if c.dest in own}) < 2)}


ANSWER_SCREENS: frozenset[str] = frozenset(
    name for f in scenarios() for name in advice_screens(f))


def screen_outcome(state: str) -> str:
    """The outcome of showing a screen: a scam warning, an answer, or a question."""
    if engine.FLOW_OF.get(state) == SCAM_FLOW:
        return SCAM
    return ANSWER if state in ANSWER_SCREENS else QUESTION
