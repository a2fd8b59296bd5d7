"""Fit each language's intent model and write its weights file into the package.

`make model` (or `python scripts/build_model.py [LANG...]`): needs scikit-learn (the `train`
or `dev` extra). Writes `flows/understanding/model/<lang>.weights`; commit them. A file whose
bytes would not change is left alone, so a rebuild on an unchanged corpus changes nothing.
"""

from __future__ import annotations

import sys
from pathlib import Path

from flows.understanding.corpus import languages, load
from flows.understanding.training import fit
from flows.understanding.weights import FOLDER, corpus_bytes, encode, sha256

TARGET = Path(__file__).resolve().parent.parent / "flows" / "understanding" / FOLDER


def build(lang: str) -> Path:
    """Fit one language's model and write its weights file; the path written."""
    blob = encode(fit(load(lang)), lang, sha256(corpus_bytes(lang)))
    path = TARGET / f"{lang}.weights"
    if not path.exists() or path.read_bytes() != blob:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(blob)
    return path


def main(argv: list[str]) -> int:
    """Build the named languages (all when none)."""
    for lang in argv or languages():
        path = build(lang)
        print(f"{path.relative_to(Path.cwd()) if path.is_relative_to(Path.cwd()) else path}: "
              f"{path.stat().st_size / 1e6:.2f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
