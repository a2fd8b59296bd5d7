"""How one learned second opinion on a fact is fitted and how sure it must be (`fact_reader.py`;
each language's values are in `fact_models_<lang>.py`)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Veto:
    """When the model drops a pattern's value: it gives that value at most `below` and another
    value (or "not said") at least `sure`."""

    below: float
    sure: float


@dataclass(frozen=True)
class Learned:
    """How one (language, fact) model is fitted, the lowest probability at which it adds a
    value where the patterns said nothing (None: it adds none), and its veto (None: none)."""

    threshold: float | None
    C: float
    balanced: bool
    """Classes weighted by their rarity (`class_weight="balanced"`): `UNSAID` dominates."""
    veto: Veto | None = None


@dataclass(frozen=True)
class Scope:
    """A language's scope words: what starts a negation's, a question's or a wish's scope."""

    negations: frozenset[str]
    """Words after which the rest of the clause is denied ("not", «не»)."""
    questions: frozenset[str]
    """Words that make a clause a question when they start it ("why", «почему»)."""
    wishes: tuple[tuple[str, ...], ...]
    """Word runs after which the rest of the clause is only wanted ("want to", «хочу»)."""
    particles: frozenset[str] = frozenset()
    """Question words that make a clause a question wherever they stand («ли»)."""
