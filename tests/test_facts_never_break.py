"""Every fact table runs on real buyer wording without raising.

`extract_facts` swallows errors on purpose (a fact we cannot read is one we don't have), so a
broken pattern or guard would only show as silent misses. These tests call the tables' reader
directly, where an error surfaces.
"""

from __future__ import annotations

from datetime import date

import pytest

from flows.understanding import fact_words
from flows.understanding import facts as reader
from flows.understanding.corpus import languages, load

TODAY = date(2026, 12, 6)
ODD = ["", " ", "?", "🙂🙂", "0", "1/5", "05/01/2026", "12:00:00", "№", "Order ID:", "а" * 4000,
       "1 " * 500, "спор спор спор " * 100, "no no no " * 100, "8123 4567 8901 2345 6789",
       "осталось 0 дней 0 часов", "99999 days left", "-3 days", "½ week", "٣ days"]


@pytest.mark.parametrize("lang", languages())
def test_every_corpus_message_reads_without_error(lang: str) -> None:
    tables = fact_words(lang)
    messages = [e.text for e in load(lang)][::3]
    assert len(messages) > 500
    read = [reader.extract(tables, text, lang, TODAY) for text in messages]
    assert sum(bool(facts) for facts in read) > len(messages) // 10  # the tables do read facts


@pytest.mark.parametrize("lang", languages())
@pytest.mark.parametrize("text", ODD)
def test_odd_input_reads_without_error(lang: str, text: str) -> None:
    assert isinstance(reader.extract(fact_words(lang), text, lang, TODAY), dict)
    assert isinstance(reader.extract(fact_words(lang), text, lang, None), dict)
