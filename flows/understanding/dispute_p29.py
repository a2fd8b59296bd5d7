"""Twenty-ninth pass: the dispute told in everyday words, as rewrites.

Rewrites in the format of `EVERYDAY_DISPUTE` (a pattern over normalised text and what it becomes;
`facts.as_dispute` reads the dispute keys through them), appended after the older ones:
- "applied for a return and refund", "filed a complaint against the seller", «жалобу на
  продавца подала»: the dispute opened;
- «продавец отклонил» with no object, beside an escalation («думаю, обострять или нет», «на
  эскалацию 3 дня»): the seller refused the dispute (with an object, «отклонил отмену», it is
  the cancellation's).
"""

from __future__ import annotations

Rewrites = tuple[tuple[str, str], ...]

DISPUTE_EN: Rewrites = (
    (r"\b(?:i |we )?(?:applied for|filed|submitted|lodged|put in)(?: a| my| the)? (?:return "
     r"(?:and|&) refund|refund only|complaint against the (?:seller|store|shop))\b",
     "opened a dispute"),
)
"""English everyday words for the dispute."""

DISPUTE_RU: Rewrites = (
    (r"\b(?:жалоб|претензи)\w*(?: на продавца)? (?:я )?(?:уже )?(?:подал|написал|оформил|"
     r"отправил)(а|и)?\b", r"открыл\1 спор"),
    (r"\bподал(а|и)? (?=(?:жалоб|претензи)\w*)", r"открыл\1 "),
    (r"\bпродавец отклонил(?=(?: (?:и|а|но|думаю|что|теперь|я)\b|$))(?=.*(?:эскалац|обостр|"
     r"арбитраж))", "продавец отклонил спор"),
)
"""Russian everyday words for the dispute."""
