"""The dispute in everyday words (twenty-ninth pass): applied for a return and refund, a
complaint against the seller filed or «подала», the seller's bare «отклонил» beside an
escalation. Sentences written for these tests."""

from __future__ import annotations

import pytest

from flows.understanding import extract_facts

ROWS: tuple[tuple[str, str, str | None, str | None], ...] = (
    ("en", "applied for a return and refund 6 days ago and the shop is silent", "opened", "6"),
    ("en", "we lodged a complaint against the store 4 days ago, nothing back", "opened", "4"),
    ("ru", "претензию я уже подала неделю назад, продавец молчит", "opened", "7"),
    ("ru", "подала жалобу 2 дня назад", "opened", "2"),
    ("ru", "продавец отклонил, а я не знаю, обострять ли спор", "refused", None),
    # with an object, the seller's no is the cancellation's
    ("ru", "продавец отклонил отмену, думаю, что теперь делать", None, None),
)


@pytest.mark.parametrize(("lang", "text", "stage", "days"), ROWS)
def test_the_dispute_in_everyday_words(lang: str, text: str, stage: str | None,
                                        days: str | None) -> None:
    facts = extract_facts(text, lang)
    assert (facts.get("dispute"), facts.get("dispute_days")) == (stage, days), text
