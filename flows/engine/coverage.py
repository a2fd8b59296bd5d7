"""Which rules of the knowledge base the screens rest on, and which are left out on purpose."""

from __future__ import annotations

from flows.engine.machine import SCREENS

# Rules no screen states, each with the reason; README's "Knowledge" section repeats them.
DELIBERATE_OMISSIONS: dict[str, str] = {
    "R79": "\"100 percent compensation of all expenses\" contradicts R74/C12 (a refund never "
           "exceeds what was paid) and would be a promise AliExpress does not make.",
    "R96": "The seller's apology e-mail and replacement come from a generic retailer RMA "
           "process in the second guide, not from AliExpress's own rules.",
}


def covered_rules() -> set[str]:
    """Every rule or contradiction id that at least one screen names."""
    return {rule for screen in SCREENS.values() for rule in screen.rules}


def uncovered(known: set[str]) -> set[str]:
    """Known ids that no screen names and that are not deliberate omissions."""
    return known - covered_rules() - set(DELIBERATE_OMISSIONS)


# Rules a question screen states only to help the buyer find the answer (where to look, the
# UI names); a skipped question need not repeat them.
NAVIGATION = frozenset({"C27", "R58"})


def is_answer(name: str) -> bool:
    """Whether a screen is an answer: it declares the rules that apply to reaching it."""
    return bool(SCREENS[name].applies)


def tap_away(name: str) -> dict[str, tuple[str, ...]]:
    """The screens one labelled detail button away from `name`, with their rules."""
    return {c.dest: SCREENS[c.dest].rules for c in SCREENS[name].choices
            if c.detail and c.dest in SCREENS}


def held_rules(name: str) -> set[str]:
    """The rules an answer screen holds: its own and those one detail button away."""
    held = set(SCREENS[name].rules)
    for rules in tap_away(name).values():
        held |= set(rules)
    return held


def unheld(name: str) -> set[str]:
    """Rules that apply to a screen's situations but that it neither says nor links to."""
    return set(SCREENS[name].applies) - held_rules(name)


def coverage_table() -> str:
    """README's rule-coverage table: per answer screen, rules said, a tap away, applying."""
    rows = ["| Answer screen | Says | One detail tap away | Applies (all held) |",
            "|---|---|---|---|"]
    for name, screen in SCREENS.items():
        if not screen.applies:
            continue
        away = sorted({r for rules in tap_away(name).values() for r in rules}
                      - set(screen.rules))
        rows.append(f"| `{name}` | {', '.join(sorted(screen.rules))} | "
                    f"{', '.join(away) or '–'} | {', '.join(sorted(screen.applies))} |")
    return "\n".join(rows)


def question_gaps() -> dict[str, set[str]]:
    """Per question screen, the rules it tells that its note would leave unsaid when skipped.

    A question (it asks a fact and is no answer itself) skipped because the buyer's words
    answered it lands on its choice's screen; what the question says and that screen does not
    must be in the question's note.
    """
    gaps: dict[str, set[str]] = {}
    for name, screen in SCREENS.items():
        if screen.asks is None or screen.applies:
            continue
        told = set(screen.rules) - NAVIGATION
        for choice in screen.choices:
            if not choice.means or choice.dest not in SCREENS:
                continue
            unsaid = told - set(SCREENS[choice.dest].rules) - set(screen.note_rules)
            if unsaid:
                gaps.setdefault(name, set()).update(unsaid)
    return gaps


if __name__ == "__main__":
    print(coverage_table())
