"""The fact rows' prefilter changes no reading, and its cues are what a match cannot do without.

An even spread of 1,500 lines per language over every benchmark set (facts_*.tsv and
heldout_*.tsv, both languages) and every worst-case message is read
with the prefilter and without it (every row searched), and the two readings must be the same;
the lines go only through the extractor, none is shown.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache
from pathlib import Path

import pytest

from benchmarks.understanding import read_heldout
from benchmarks.worstcase import INPUTS
from flows.understanding import extract_facts, fact_words, prefilter
from flows.understanding import facts as reader
from flows.understanding.corpus import languages

DATA = Path(__file__).resolve().parent.parent / "benchmarks" / "data"
TODAY = date(2026, 12, 6)
SAMPLE_LINES = 1500
"""Every line would cost the suite most of a minute per language and grows with every new set;
an even spread of this many keeps the cost fixed and still reaches every set's kinds."""


@cache
def set_texts(lang: str) -> tuple[str, ...]:
    """An even spread of `SAMPLE_LINES` messages over every fact and held-out set of a language,
    read once per run."""
    names = sorted(path.name.removesuffix(f"_{lang}.tsv")
                   for path in DATA.glob(f"*_{lang}.tsv")
                   if path.name.startswith(("facts_", "heldout_")))
    texts = [row.text for name in names for row in read_heldout(lang, name)]
    return tuple(texts[::max(1, -(-len(texts) // SAMPLE_LINES))])


def every_row_runs(_needs: prefilter.Needs, _text: str) -> bool:
    """Every cue taken as present: every row is searched, as before the prefilter."""
    return True


@pytest.mark.parametrize("lang", languages())
def test_every_set_line_and_worst_case_reads_the_same_with_and_without_the_prefilter(
        monkeypatch: pytest.MonkeyPatch, lang: str) -> None:
    texts = (*set_texts(lang), *INPUTS.values())
    assert len(texts) > 1200  # every set was found
    with_cues = [extract_facts(text, lang, TODAY) for text in texts]
    monkeypatch.setattr(prefilter, "present", every_row_runs)
    every_row = [extract_facts(text, lang, TODAY) for text in texts]
    differ = sum(a != b for a, b in zip(with_cues, every_row, strict=True))
    assert differ == 0, f"{differ} messages read differently with the prefilter"
    assert sum(bool(facts) for facts in with_cues) > len(texts) // 2  # the tables did read


@pytest.mark.parametrize("lang", languages())
def test_nearly_every_row_of_the_tables_gets_a_cue(lang: str) -> None:
    cues = reader.tables(fact_words(lang)).cues
    rows = [needs for key_cues in cues.values() for needs in key_cues]
    assert sum(bool(needs) for needs in rows) >= 0.9 * len(rows)


def test_a_row_with_a_required_literal_needs_it() -> None:
    assert prefilter.needs(re.compile(r"\bseller (?:has )?shipped\b")) == (
        ("seller has shipped", "seller shipped"),)
    assert prefilter.needs(re.compile(r"\bseller \w+ shipped\b")) == ((" shipped",),
                                                                         ("seller ",))


def test_an_alternation_needs_one_of_its_branches() -> None:
    assert prefilter.needs(re.compile(r"\b(?:refund\w*|money back) (?:\w+ )?approved")) == (
        ("approved",), ("money back", "refund"))


def test_an_optional_part_is_not_needed() -> None:
    assert prefilter.needs(re.compile(r"(?:not )?delivered")) == (("delivered",),)
    assert prefilter.needs(re.compile(r"(?:fake )?\d+ days")) == ((" days",),)


def test_a_row_with_no_provable_literal_always_runs() -> None:
    for pattern in (r"^\d+$", r"\w+ \w+", r"(?i)dispute", r"(?:x|\d{3})y?", r"(?:ab)*c?"):
        needs = prefilter.needs(re.compile(pattern))
        assert needs == ()
        assert prefilter.present(needs, "")


def test_lookarounds_give_no_cue_of_what_they_forbid() -> None:
    assert prefilter.needs(re.compile(r"(?<!not )(?!never)arrived")) == (("arrived",),)
    assert prefilter.needs(re.compile(r"(?<=order )\d+")) == (("order ",),)


def test_a_row_is_searched_only_when_every_cue_is_there() -> None:
    needs = prefilter.needs(re.compile(r"\b(?:refund\w*|money back) (?:\w+ )?approved"))
    assert prefilter.present(needs, "my refund was approved")
    assert prefilter.present(needs, "money back approved")
    assert not prefilter.present(needs, "refund pending")
    assert not prefilter.present(needs, "approved")


def test_many_words_in_an_alternation_become_the_part_they_share() -> None:
    words = "|".join(f"w{n:02d}x" for n in range(40))
    assert prefilter.needs(re.compile(rf"(?:{words}) said yes")) == (("x said yes",),)
    assert prefilter.needs(re.compile(rf"(?:{words})")) == (("w0", "w1", "w2", "w3"),)
