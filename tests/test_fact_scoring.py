"""How the fact benchmark scores a read value against its label."""

from __future__ import annotations

from benchmarks.understanding import Row, score_facts


def test_an_amount_with_zero_cents_is_the_same_number_as_the_whole_amount() -> None:
    rows = [Row("moneylate", {"amount": "8.00"}, "US $8.00 refunded"),
            Row("moneylate", {"amount": "8"}, "$8 refunded")]
    score = score_facts(rows, [{"amount": "8"}, {"amount": "8.00"}], ["amount"])["amount"]
    assert (score.right, score.wrong, score.contradicting) == (2, 0, 0)


def test_a_different_amount_still_contradicts() -> None:
    rows = [Row("moneylate", {"amount": "8.50"}, "US $8.50 refunded")]
    score = score_facts(rows, [{"amount": "8.05"}], ["amount"])["amount"]
    assert (score.right, score.contradicting) == (0, 1)


def test_other_keys_compare_as_written() -> None:
    rows = [Row("notreceived", {"dispute_days": "5"}, "dispute open 5 days")]
    score = score_facts(rows, [{"dispute_days": "5.0"}], ["dispute_days"])["dispute_days"]
    assert score.contradicting == 1
