"""The labelled buyer messages the classifier learns from: `corpus/<lang>.tsv`, package data.

A language exists for understanding when it has a corpus file here and a `facts_<lang>.py`
word table beside this module: adding a language is adding those two files.
"""

from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass
from functools import cache
from importlib import resources

PACKAGE = "flows.understanding"


@dataclass(frozen=True)
class Example:
    """One labelled message."""

    label: str
    text: str


def parse(text: str) -> tuple[Example, ...]:
    """Examples from TSV text: `label<TAB>text` lines; blank and `#` lines are skipped."""
    examples = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        label, sep, message = line.partition("\t")
        if not sep or not label.strip() or not message.strip():
            raise ValueError(f"line {number}: expected label<TAB>text, got {line!r}")
        examples.append(Example(label.strip(), message.strip()))
    return tuple(examples)


@cache
def languages() -> tuple[str, ...]:
    """The languages with both a corpus file and a fact word table."""
    package = importlib.import_module(PACKAGE)
    tables = {m.name.removeprefix("facts_") for m in pkgutil.iter_modules(package.__path__)
              if m.name.startswith("facts_")}
    folder = resources.files(PACKAGE).joinpath("corpus")
    files = {p.name.removesuffix(".tsv") for p in folder.iterdir() if p.name.endswith(".tsv")}
    return tuple(sorted(tables & files))


@cache
def load(lang: str) -> tuple[Example, ...]:
    """The training examples of one language (read once per process)."""
    path = resources.files(PACKAGE).joinpath("corpus", f"{lang}.tsv")
    return parse(path.read_text(encoding="utf-8"))
