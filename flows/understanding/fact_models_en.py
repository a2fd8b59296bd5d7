"""English: the learned second opinions on the category facts (`fact_reader.py`).

Each fact's model settings and the lowest probability it states. Chosen by leave-one-set-out
cross-validation over the eleven dev sets (`PYTHONPATH=. python scripts/build_fact_models.py
cv`), then raised above the score of every learned value that broke a facts test
(`scripts/fact_opinion_probe.py`); docs/understanding.md has the figures. Changing C or the
class weights needs `make model`; a threshold does not.
"""

from __future__ import annotations

from flows.understanding.fact_settings import Learned, Scope

SECOND_OPINIONS = {
    "dispute": Learned(threshold=0.973, C=3.0, balanced=True),
    "several_items": Learned(threshold=0.999, C=3.0, balanced=True),
}

SCOPE = Scope(
    negations=frozenset({"not", "no", "never", "without", "nothing", "nor", "neither"}),
    questions=frozenset({"what", "why", "how", "when", "where", "which", "who", "is", "are", "was",
                         "were", "do", "does", "did", "can", "could", "should", "will", "would",
                         "has", "have", "shall", "am"}),
    wishes=(("want", "to"), ("wants", "to"), ("wanted", "to"), ("wanna",), ("going", "to"),
            ("gonna",), ("would", "like", "to"), ("plan", "to"), ("planning", "to"),
            ("thinking", "of"), ("about", "to"), ("intend", "to"), ("hope", "to"),
            ("should", "i"), ("can", "i"), ("may", "i")),
)
"""What starts a negation's, a question's and a wish's scope (`fact_reader.scoped`); "n't" is
already "not" in the normalised text."""
