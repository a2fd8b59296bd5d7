"""Russian: the learned second opinions on the category facts (`fact_reader.py`).

Each fact's model settings, the lowest probability at which it adds a value where the patterns
said nothing, and its veto on a pattern's value. Chosen by leave-one-set-out cross-validation
over every dev set, then kept only where no fact-table row or conversation test breaks
(`PYTHONPATH=. python scripts/build_fact_models.py choose`); docs/understanding.md has the
figures. Changing C or the class weights needs `make model`; a threshold or a veto does not.
"""

from __future__ import annotations

from flows.understanding.fact_settings import Learned, Scope

SECOND_OPINIONS: dict[str, Learned] = {
    # none: the tracking additions the guard allows (0.9949) gave one right value over thirteen
    # folds, for 0.7 MB of weights and 2 ms on the slowest message; no RU veto met the CV rule
    # without breaking fact tables or conversation tests (docs/understanding.md, round three)
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
