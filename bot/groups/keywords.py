"""Words that make a group message about refunds, and the guide's flow each one leads to.

Used only in the "mentions" mode. Data, not logic: add a word by adding a line. A word
ending in `*` matches any ending (Russian inflects: возврат, возврата, возвратом);
otherwise the whole word must match. Write ё as е (messages are matched with ё folded).
The first matching line wins, so specific ones go first.
"""

from __future__ import annotations

import re

from bot.groups.links import MENU

KEYWORDS: tuple[tuple[str, str], ...] = (
    # English
    ("not received", "notreceived"),
    ("didn't arrive", "notreceived"),
    ("never arrived", "notreceived"),
    ("hasn't arrived", "notreceived"),
    ("wrong item", "wrongitem"),
    ("cancel my order", "cancel"),
    ("cancel the order", "cancel"),
    ("refund*", MENU),
    ("money back", MENU),
    ("disput*", "dispute"),
    # Russian
    ("не пришел", "notreceived"),
    ("не пришла", "notreceived"),
    ("не пришло", "notreceived"),
    ("не дош*", "notreceived"),
    ("отменить заказ", "cancel"),
    ("отмена заказа", "cancel"),
    ("возврат*", MENU),
    ("вернуть деньги", MENU),
    ("спор", "dispute"),
    ("спора", "dispute"),
    ("спору", "dispute"),
    ("споре", "dispute"),
    ("спором", "dispute"),
    ("диспут*", "dispute"),
)


def _fragment(word: str) -> str:
    """The regex for one keyword: the whole word, or any ending after a `*` stem."""
    stem = word.removesuffix("*")
    end = "" if word.endswith("*") else r"(?!\w)"
    return re.escape(stem).replace(r"\ ", r"\s+") + end


# One pass over the text; group k<i> is KEYWORDS[i], so the lowest i found has priority.
MATCHER = re.compile(
    r"(?<!\w)(?:" + "|".join(f"(?P<k{i}>{_fragment(w)})" for i, (w, _f) in enumerate(KEYWORDS))
    + ")"
)


def topic_of(text: str) -> str | None:
    """The flow a message about refunds should lead to, or None if it is about something else."""
    lowered = text.lower().replace("ё", "е").replace("’", "'")
    found = [int(m.lastgroup[1:]) for m in MATCHER.finditer(lowered) if m.lastgroup]
    return KEYWORDS[min(found)][1] if found else None
