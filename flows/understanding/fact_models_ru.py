"""Russian: the learned second opinions on the category facts (`fact_reader.py`).

Each fact's model settings and the lowest probability it states. Chosen by leave-one-set-out
cross-validation over the eleven dev sets (`PYTHONPATH=. python scripts/build_fact_models.py
cv`), then raised above the score of every learned value that broke a facts test
(`scripts/fact_opinion_probe.py`); docs/understanding.md has the figures. Changing C or the
class weights needs `make model`; a threshold does not.
"""

from __future__ import annotations

from flows.understanding.fact_settings import Learned, Scope

SECOND_OPINIONS = {
    "tracking": Learned(threshold=0.990, C=3.0, balanced=True),
}

SCOPE = Scope(
    negations=frozenset({"не", "нет", "ни", "без", "никогда", "нету", "ничего"}),
    questions=frozenset({"что", "почему", "как", "когда", "где", "зачем", "сколько", "какой",
                         "какая", "какие", "куда", "разве", "неужели", "кто", "чем", "отчего"}),
    particles=frozenset({"ли"}),
    wishes=(("хочу",), ("хотим",), ("хотел",), ("хотела",), ("хотелось",), ("собираюсь",),
            ("собираемся",), ("планирую",), ("думаю",), ("можно", "ли"), ("стоит", "ли"),
            ("надо", "ли"), ("нужно", "ли"), ("могу", "ли"), ("буду",), ("будем",)),
)
"""What starts a negation's, a question's and a wish's scope (`fact_reader.scoped`)."""
