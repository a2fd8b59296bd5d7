"""Fit each language's number-role model (`flows/understanding/number_roles.py`) on the dev
sets, choose its thresholds by leave-one-set-out cross-validation and the team's fact tables, and
write `flows/understanding/model/<lang>.roles.weights`.

`make model` (or `python scripts/build_number_roles.py [--report] [LANG...]`): needs
scikit-learn and pytest. Trains ONLY on the training sets (`benchmarks.understanding.TRAINING`:
the dev sets and the retired fresh sets). The thresholds: over the folds of every training set
(train on the others, predict it, the current patterns applied first), the additions must hold no
contradicting value and at most one wrong value per 100; of those thresholds, the one that adds
the most right values (the highest such, on a tie) at which no fact-table test in
tests/test_facts_*.py breaks wins; none: that role says nothing. The vetoes of the patterns'
values: over the same folds, a veto must remove at least 2 wrong or contradicting values, and at
least 2 of them for every right value it removes; of those thresholds, the one removing the most
wrong or contradicting values (the fewest right on a tie, then the highest) at which no fact-table
row and no conversation test breaks (`scripts/role_tables.py`) wins; none: that key is never
vetoed. The folds of the sets no pattern was tuned on (`UNSEEN`) are reported one by one: the
honest figure. The shipped model is fitted on every dev set. `--report` prints the figures; no
line of a set is printed.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from unittest import mock

from benchmarks.understanding import DATA, TRAINING, Row, read_heldout
from flows.understanding import extract_facts, fact_words
from flows.understanding import number_roles as roles
from flows.understanding.classifier import Classifier
from flows.understanding.corpus import languages
from flows.understanding.training import from_pipeline
from flows.understanding.weights import FOLDER, encode

TARGET = Path(__file__).resolve().parent.parent / "flows" / "understanding" / FOLDER
DEV_SETS = TRAINING
CV_SETS = DEV_SETS
UNSEEN = tuple(name for name in ("facts_dev8", "facts_dev9", "facts_dev10", "facts_dev11",
                                  "facts_dev12", "facts_dev13", "facts_dev14",
                                  "facts_dev15", "facts_dev16", "facts_dev17", "facts_dev18",
                                  "facts_dev19", "facts_dev20")
                  if name in DEV_SETS)
"""The training sets no pattern was tuned on: their folds are the honest figure."""
MIN_VETOED = 2
"""A veto must remove at least this many wrong or contradicting values over the folds ..."""
VETO_RATIO = 2
"""... and this many of them for every right value it removes."""
GRID = tuple(round(0.5 + i / 100, 2) for i in range(50))
KIND = "logreg"


@dataclass
class Record:
    """One dev line as the patterns left it: its labels, and what `opinion` needs."""

    row: Row
    name: str
    reading: roles.Reading
    found: dict[str, str]
    examples: list[tuple[str, str]] = field(default_factory=list)
    """(features, role) of its durations, for training."""


def record(lang: str, name: str, rows: list[Row]) -> list[Record]:
    """Each row's patterns' facts and texts (the hook is caught, so the patterns run alone)."""
    caught: list[tuple[roles.Reading, dict[str, str]]] = []

    def catch(code: str, reading: roles.Reading, found: Mapping[str, str]) -> dict[str, str]:
        """Keep the hook's arguments; add nothing."""
        caught.append((reading, dict(found)))
        return {}

    out = []
    with mock.patch.object(roles, "second_opinion", catch):
        for row in rows:
            caught.clear()
            extract_facts(row.text, lang)
            if len(caught) != 1 or caught[0][0].module is not fact_words(lang):
                continue  # the text was read in another language, or not at all
            reading, found = caught[0]
            rec = Record(row, name, reading, found)
            rec.examples = labelled(reading, row.facts)
            out.append(rec)
    return out


def labelled(reading: roles.Reading, facts: Mapping[str, str]) -> list[tuple[str, str]]:
    """(features, role) for each duration of a line: the role whose labelled value its days (its
    hours, for the protection's time left) equal, else "other"; a duration equal to two, or one
    of several equal to one, is left out."""
    said = roles.candidates(reading.t, reading.durations, reading.marked())
    values = {key: facts.get(key) for key in roles.VETO_ROLE}
    out = []
    for c in said:
        hits = [key for key, value in values.items() if value == roles.value_of(key, c)]
        if len(hits) > 1:
            continue
        if hits and sum(roles.value_of(hits[0], o) == values[hits[0]] for o in said) > 1:
            continue
        out.append((c.words, roles.VETO_ROLE[hits[0]] if hits else roles.OTHER))
    return out


def fit(records: list[Record]) -> Classifier:
    """The role classifier fitted on the durations of some records."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import FeatureUnion, make_pipeline

    settings = roles.FEATURES
    tfidf = settings["tfidf"]
    union = FeatureUnion([(b["name"], TfidfVectorizer(
        analyzer=b["analyzer"], ngram_range=tuple(b["ngram_range"]),
        token_pattern=b["token_pattern"], lowercase=tfidf["lowercase"],
        sublinear_tf=tfidf["sublinear_tf"], norm=tfidf["norm"], smooth_idf=tfidf["smooth_idf"]))
        for b in settings["blocks"]])
    logreg = settings["logreg"]
    model = make_pipeline(union, LogisticRegression(
        C=logreg["C"], max_iter=logreg["max_iter"], random_state=logreg["random_state"]))
    pairs = [pair for rec in records for pair in rec.examples]
    model.fit([w for w, _r in pairs], [r for _w, r in pairs])
    return from_pipeline(model, KIND, settings["blocks"])


def given(scores: roles.Scored) -> Callable[[], roles.Scored]:
    """A message's scored durations, as `opinion` and `vetoes` take them."""
    return lambda: scores


Tally = dict[str, list[int]]
"""key -> [right, wrong, contradicting] of the additions."""


def additions(model: roles.RoleModel, records: list[Record], lang: str,
              said: Mapping[int, roles.Scored] | None = None) -> Tally:
    """What the model adds to the patterns' facts over some records, scored against labels
    (`said`: each record's scored durations by `id`, when known)."""
    tally: Tally = {key: [0, 0, 0] for key in roles.KEY_ROLE}
    for rec in records:
        scores = said.get(id(rec)) if said else None
        added = roles.opinion(model, rec.reading, rec.found,
                              None if scores is None else given(scores))
        for key in roles.KEY_ROLE:
            if key not in added:
                continue
            want = rec.row.facts.get(key)
            tally[key][0 if want == added[key] else 1 if want is None else 2] += 1
    return tally


def removals(model: roles.RoleModel, records: list[Record],
             said: Mapping[int, roles.Scored]) -> Tally:
    """What the model's vetoes remove from the patterns' facts over some records, scored
    against labels: a removal is right when a value it removes (the key's, or one going with
    it) was the labelled one, else contradicting when a label holds another value, else wrong."""
    tally: Tally = {key: [0, 0, 0] for key in roles.VETO_ROLE}
    for rec in records:
        scores = said[id(rec)]
        for key in roles.vetoes(model, rec.reading, rec.found, given(scores)):
            gone = roles.gone_with(key, rec.found)
            labels = [rec.row.facts.get(k) for k in gone]
            right = any(rec.found[k] == want for k, want in zip(gone, labels, strict=True))
            tally[key][0 if right else 2 if any(labels) else 1] += 1
    return tally


Folds = dict[str, dict[str, dict[float, list[int]]]]
"""held-out set -> key -> threshold -> [right, wrong, contradicting] of its additions (or, for
"veto:<key>", of the values its veto removes)."""


def veto_name(key: str) -> str:
    """The name a key's veto tallies go by in `Folds`."""
    return f"veto:{key}"


def cross_validated(lang: str, records: list[Record]) -> tuple[Folds, dict[str, dict[float, str]]]:
    """Leave-one-set-out over `CV_SETS`: per fold, key and threshold, the additions and the
    vetoes' removals; and per unseen set, key and threshold, its recall before -> after."""
    folds: Folds = {}
    recalls: dict[str, dict[float, str]] = {}
    for held in CV_SETS:
        train = [r for r in records if r.name in CV_SETS and r.name != held]
        test = [r for r in records if r.name == held]
        classifier = fit(train)
        scoring = roles.RoleModel(classifier, {})
        said = {id(r): roles.scored(scoring, r.reading) for r in test}
        folds[held] = {k: {} for k in [*roles.KEY_ROLE, *map(veto_name, roles.VETO_ROLE)]}
        for g in GRID:
            model = roles.RoleModel(classifier, dict.fromkeys(roles.ROLES, g),
                                    dict.fromkeys(roles.ROLES, g))
            tally = additions(model, test, lang, said)
            for key, counts in tally.items():
                folds[held][key][g] = counts
            for key, counts in removals(model, test, said).items():
                folds[held][veto_name(key)][g] = counts
            if held in UNSEEN:
                learned = {id(r): roles.opinion(model, r.reading, r.found,
                                                given(said[id(r)])) for r in test}
                for key in roles.KEY_ROLE:
                    recalls.setdefault(f"{held} {key}", {})[g] = recall(
                        test, key, lambda r, k=key, seen=learned: seen[id(r)].get(k))
    return folds, recalls


def summed(folds: Folds, key: str) -> dict[float, list[int]]:
    """Per threshold, one key's additions summed over every fold."""
    return {g: [sum(f[key][g][i] for f in folds.values()) for i in range(3)] for g in GRID}


def meeting(sums: dict[float, list[int]]) -> list[float]:
    """The thresholds meeting the CV rule, the one adding the most right values first (the
    highest on a tie)."""
    passing = [(right, g) for g, (right, wrong, against) in sums.items()
               if right and not against and wrong * 100 <= right + wrong]
    return [g for _right, g in sorted(passing, reverse=True)]


def veto_meeting(sums: dict[float, list[int]]) -> list[float]:
    """The thresholds meeting the veto rule, the one removing the most wrong or contradicting
    values first (the fewest right on a tie, then the highest)."""
    passing = [(wrong + against, -right, g) for g, (right, wrong, against) in sums.items()
               if wrong + against >= max(MIN_VETOED, VETO_RATIO * right)]
    return [g for _bad, _right, g in sorted(passing, reverse=True)]


def vetoes_allow(lang: str, shipped: roles.RoleModel, role: str, sums: dict[float, list[int]],
                 report: bool) -> float | None:
    """The first threshold meeting the veto rule (`veto_meeting`) at which no fact-table row and
    no conversation test breaks when the shipped fit, with its additions, vetoes this role alone;
    None when none does."""
    from scripts.role_tables import failing

    broken: list[str] = []
    for g in veto_meeting(sums):
        vetoing = {r: g if r == role else None for r in roles.VETO_ROLE.values()}
        model = {lang: roles.RoleModel(shipped.classifier, shipped.thresholds, vetoing)}
        if broken and failing(model, broken):
            continue  # what broke at another threshold still breaks
        broken = failing(model)
        if report:
            print(f"  {lang} veto {role} at {g}: {len(broken)} table or conversation tests break"
                  + "".join(f"\n    {test}" for test in broken[:3]))
        if not broken:
            return g
    return None


def tables_allow(lang: str, classifier: Classifier, role: str, sums: dict[float, list[int]],
                 report: bool) -> float | None:
    """The first threshold meeting the CV rule (`meeting`) at which no fact-table test breaks
    when the shipped fit gives this role alone its second opinion; None when none does."""
    from scripts.role_tables import failing

    broken: list[str] = []
    for g in meeting(sums):
        thresholds = {r: g if r == role else None for r in roles.KEY_ROLE.values()}
        model = {lang: roles.RoleModel(classifier, thresholds)}
        if broken and failing(model, broken):
            continue  # what broke at a lower threshold still breaks
        broken = failing(model)
        if report:
            print(f"  {lang} {role} at {g}: {len(broken)} fact-table rows break")
        if not broken:
            return g
    return None


def recall(records: list[Record], key: str, added: Callable[[Record], str | None]) -> str:
    """Right / labelled for one key, with the patterns alone and with the additions."""
    labelled = [r for r in records if key in r.row.facts]
    before = sum(r.found.get(key) == r.row.facts[key] for r in labelled)
    after = before + sum(r.found.get(key) is None and added(r) == r.row.facts[key]
                         for r in labelled)
    n = len(labelled) or 1
    return f"{before}/{len(labelled)} ({100 * before / n:.0f}%) -> {after} ({100 * after / n:.0f}%)"


def build(lang: str, report: bool) -> Path:
    """CV, the fact tables, the shipped fit; the path written."""
    records = [rec for name in DEV_SETS for rec in record(lang, name, read_heldout(lang, name))]
    folds, recalls = cross_validated(lang, records)
    sums = {key: summed(folds, key) for key in folds[CV_SETS[0]]}
    shipped = fit(records)
    thresholds = {role: tables_allow(lang, shipped, role, sums[key], report)
                  for key, role in roles.KEY_ROLE.items()}
    adding = roles.RoleModel(shipped, thresholds)
    vetoing = {role: vetoes_allow(lang, adding, role, sums[veto_name(key)], report)
               for key, role in roles.VETO_ROLE.items()}
    if report:
        print(f"{lang}: {sum(len(r.examples) for r in records)} durations in {len(records)} lines")
        for key, role in roles.KEY_ROLE.items():
            g = thresholds[role]
            print(f"  {key}: threshold {g}")
            print("    CV additions right/wrong/contradicting over all folds: " + "  ".join(
                f"{t}:{'/'.join(map(str, sums[key][t]))}" for t in GRID[::5]))
            print(f"    thresholds meeting the CV rule: {sorted(meeting(sums[key]))}")
            for t in sorted({0.7, 0.8, 0.9, 0.95} - {g}):
                print(f"    unseen folds at {t}: " + "  ".join(
                    f"{h.removeprefix('facts_')}:{'/'.join(map(str, folds[h][key][t]))}"
                    for h in UNSEEN))
            if g is not None:
                print(f"    at {g}: {'/'.join(map(str, sums[key][g]))}")
                for held in UNSEEN:
                    print(f"    fold {held}: {'/'.join(map(str, folds[held][key][g]))}; recall "
                          + recalls[f"{held} {key}"][g])
        for key, role in roles.VETO_ROLE.items():
            name, g = veto_name(key), vetoing[role]
            print(f"  veto {key}: threshold {g}")
            print("    CV removals right/wrong/contradicting over all folds: " + "  ".join(
                f"{t}:{'/'.join(map(str, sums[name][t]))}" for t in GRID[::5]))
            print(f"    thresholds meeting the veto rule: {sorted(veto_meeting(sums[name]))}")
            for t in sorted({0.8, 0.9, 0.95, 0.98} | ({g} if g is not None else set())):
                print(f"    at {t}: all {'/'.join(map(str, sums[name][t]))}; unseen folds "
                      + "  ".join(f"{h.removeprefix('facts_')}:"
                                  f"{'/'.join(map(str, folds[h][name][t]))}" for h in UNSEEN))
    blob = encode(shipped, lang, roles.training_sha256(training_files(lang)),
                  roles.FEATURES, {"thresholds": thresholds, "vetoes": vetoing,
                                   "trained_on": list(DEV_SETS)})
    path = TARGET / roles.weights_name(lang)
    if not path.exists() or path.read_bytes() != blob:
        path.write_bytes(blob)
    return path


def training_files(lang: str) -> list[bytes]:
    """The bytes of the dev sets the shipped model is fitted on, in order."""
    return [(DATA / f"{name}_{lang}.tsv").read_bytes() for name in DEV_SETS]


def main(argv: list[str]) -> int:
    """Build the named languages (all when none); `--report` prints the CV and check."""
    from scripts.role_tables import failing

    report = "--report" in argv
    needing = failing({})
    if needing:
        # Such a row fails in every run of one role alone, so it blocks every threshold.
        print("these table rows fail with no learned number reader; they block every threshold "
              "until they ask only for what the tables read:\n  " + "\n  ".join(needing))
        return 1
    for lang in [a for a in argv if a != "--report"] or languages():
        path = build(lang, report)
        print(f"{path.name}: {path.stat().st_size / 1e3:.1f} kB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
