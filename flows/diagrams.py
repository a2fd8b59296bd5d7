"""Mermaid diagrams of each flow, generated from the same data as the machine.

`python -m flows.diagrams` rewrites the committed files; a test fails when they are stale.
"""

from __future__ import annotations

from pathlib import Path

from transitions.extensions import GraphMachine

from flows.engine import FLOWS, SCREENS
from flows.spec import Flow

DIAGRAM_DIR = Path(__file__).parent / "diagrams"


class _Model:
    """A placeholder model: GraphMachine needs one to draw."""


def mermaid(flow: Flow) -> str:
    """The flow's states and transitions as a Mermaid state diagram (`to_menu` left implicit)."""
    own = [s.name for s in flow.screens]
    outside = sorted({c.dest for s in flow.screens for c in s.choices} - set(own))
    transitions = [
        {
            "trigger": c.trigger,
            "source": s.name,
            "dest": c.dest,
            "conditions": list(c.conditions),
            "unless": list(c.unless),
        }
        for s in flow.screens
        for c in s.choices
    ]
    machine = GraphMachine(
        model=_Model(),
        states=own + [d for d in outside if d in SCREENS],
        transitions=transitions,
        initial=flow.entry,
        auto_transitions=False,
        graph_engine="mermaid",
        show_conditions=True,
        title=f"{flow.name} (every screen also has to_menu)",
    )
    return str(machine.get_graph().draw(None)).rstrip() + "\n"


def diagram_path(flow: Flow) -> Path:
    """Where a flow's committed diagram lives."""
    return DIAGRAM_DIR / f"{flow.name}.mmd"


def write_all() -> list[Path]:
    """Regenerate every flow's diagram file and return the paths written."""
    DIAGRAM_DIR.mkdir(exist_ok=True)
    paths = []
    for flow in FLOWS:
        path = diagram_path(flow)
        path.write_text(mermaid(flow), encoding="utf-8")
        paths.append(path)
    return paths


if __name__ == "__main__":
    for written in write_all():
        print(written)
