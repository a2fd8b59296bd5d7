"""How one learned second opinion on a fact is fitted and how sure it must be (`fact_reader.py`;
each language's values are in `fact_models_<lang>.py`)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Learned:
    """How one (language, fact) model is fitted, and the lowest probability it states."""

    threshold: float
    C: float
    balanced: bool
    """Classes weighted by their rarity (`class_weight="balanced"`): `UNSAID` dominates."""
