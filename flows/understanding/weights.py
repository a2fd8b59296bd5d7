"""The fitted intent models as package data: `model/<lang>.weights`, one file per language.

Built by `make model` (scripts/build_model.py) and committed; the wheel carries them and the
bot loads them at start: no training, no scikit-learn. A file is gzip over

    MAGIC, header length (4 bytes, little-endian), header (JSON), payload

and the payload is, per block, its n-gram table (`vocabulary_table.py`: the n-grams' bytes,
their starts, the hash table), then the idf floats, then the coefficients label by label
(float32, little-endian): loading reads arrays, with no parsing and no dict to build. The
header holds the format version, the labels, the intercepts, each part's byte length, the
payload's SHA-256, and the SHA-256 of the corpus and of `classifier.FEATURES` the model was
fitted on, so a test can tell when the corpus or a setting changed and the weights were not
rebuilt.
"""

from __future__ import annotations

import hashlib
import json
import sys
import zlib
from array import array
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from flows.understanding.classifier import FEATURES, Block, Classifier
from flows.understanding.vocabulary_table import VocabularyTable

PACKAGE = "flows.understanding"
FOLDER = "model"
MAGIC = b"REFUNDBOT-WEIGHTS\n"
VERSION = 1
GZIP_WBITS = 16 + zlib.MAX_WBITS


class WeightsError(ValueError):
    """A weights file that is damaged, of another format version, or missing."""


@dataclass(frozen=True)
class Header:
    """What a weights file says about itself."""

    version: int
    lang: str
    kind: str
    corpus_sha256: str
    features_sha256: str
    payload_sha256: str
    fields: dict[str, Any]


def corpus_bytes(lang: str) -> bytes:
    """The corpus file of a language, as shipped (the checksum is over these bytes)."""
    return resources.files(PACKAGE).joinpath("corpus", f"{lang}.tsv").read_bytes()


def sha256(data: bytes | memoryview) -> str:
    """Hex SHA-256 of some bytes."""
    return hashlib.sha256(data).hexdigest()


def features_sha256(features: Mapping[str, Any] = FEATURES) -> str:
    """Checksum of the feature and model settings (canonical JSON of `FEATURES`, or of
    another model's settings)."""
    return sha256(json.dumps(features, sort_keys=True, separators=(",", ":")).encode())


def _little_endian(values: Sequence[float]) -> bytes:
    """float32 values as little-endian bytes on any machine."""
    floats = array("f", values)
    if sys.byteorder == "big":
        floats.byteswap()
    return floats.tobytes()


def _floats(data: memoryview) -> Sequence[float]:
    """float32 values from little-endian bytes: a view of them (no copy) on a little-endian
    machine, a byte-swapped array elsewhere."""
    if sys.byteorder == "little":
        return data.cast("f")
    values = array("f", data.tobytes())
    values.byteswap()
    return values


def encode(model: Classifier, lang: str, corpus_sha256: str,
           features: Mapping[str, Any] = FEATURES, extra: Mapping[str, Any] | None = None,
           ) -> bytes:
    """A weights file for a fitted model (deterministic: same model, same bytes); `features`
    are the settings it was fitted with, `extra` more header fields (such as thresholds)."""
    tables = [b.rows.to_bytes() for b in model.blocks]
    idf, coef = _little_endian(model.idf), _little_endian(model.coef)
    payload = b"".join([*(part for table in tables for part in table), idf, coef])
    header = {
        "version": VERSION, "lang": lang, "kind": model.kind, "labels": list(model.labels),
        "intercept": list(model.intercept),
        "blocks": [{"name": b.name, "rows": len(b.rows), "bytes": [len(p) for p in table]}
                   for b, table in zip(model.blocks, tables, strict=True)],
        "idf_bytes": len(idf), "coef_bytes": len(coef),
        "corpus_sha256": corpus_sha256, "features_sha256": features_sha256(features),
        "payload_sha256": sha256(payload), **(extra or {}),
    }
    head = json.dumps(header, sort_keys=True).encode()
    # zlib writes the gzip wrapper itself (mtime 0): the gzip module costs every start 20 ms.
    packer = zlib.compressobj(9, zlib.DEFLATED, GZIP_WBITS)
    return packer.compress(MAGIC + len(head).to_bytes(4, "little") + head + payload) + \
        packer.flush()


def _split(blob: bytes) -> tuple[dict[str, Any], memoryview]:
    """(header fields, payload) of a weights file; raises WeightsError when it is damaged.

    The payload is a view into the one decompressed buffer: the model's tables are views too,
    so loading copies nothing (no transient copies that would stay in the resident set)."""
    try:  # zlib straight: gzip.decompress joins its output, one more copy of the whole file
        raw = zlib.decompress(blob, wbits=GZIP_WBITS)
    except zlib.error as err:
        raise WeightsError(f"not a weights file: {err}") from err
    if not raw.startswith(MAGIC):
        raise WeightsError("not a weights file")
    at = len(MAGIC)
    size = int.from_bytes(raw[at:at + 4], "little")
    try:
        fields = json.loads(raw[at + 4:at + 4 + size])
    except ValueError as err:
        raise WeightsError(f"damaged header: {err}") from err
    if fields.get("version") != VERSION:
        raise WeightsError(f"format version {fields.get('version')}, this code reads {VERSION}")
    payload = memoryview(raw)[at + 4 + size:]
    if sha256(payload) != fields["payload_sha256"]:
        raise WeightsError("checksum mismatch: the file is damaged")
    return fields, payload


def header(blob: bytes) -> Header:
    """The header of a weights file."""
    fields, _payload = _split(blob)
    return Header(fields["version"], fields["lang"], fields["kind"], fields["corpus_sha256"],
                  fields["features_sha256"], fields["payload_sha256"], fields)


def decode(blob: bytes, features: Mapping[str, Any] = FEATURES) -> Classifier:
    """The classifier a weights file holds (fitted with `features`' blocks)."""
    fields, payload = _split(blob)
    settings = {b["name"]: b for b in features["blocks"]}
    blocks, at, row = [], 0, 0
    for part in fields["blocks"]:
        try:
            grams, starts, slots = (payload[at + sum(part["bytes"][:i]):
                                            at + sum(part["bytes"][:i + 1])] for i in range(3))
            table = VocabularyTable.from_bytes(grams, starts, slots, first_row=row)
        except (TypeError, ValueError) as err:
            raise WeightsError(f"block {part.get('name')!r}: {err}") from err
        if len(table) != part["rows"] or part["name"] not in settings:
            raise WeightsError(f"block {part['name']!r} does not match this code")
        blocks.append(Block(part["name"], settings[part["name"]], table))
        at, row = at + sum(part["bytes"]), row + part["rows"]
    idf = _floats(payload[at:at + fields["idf_bytes"]])
    coef = _floats(payload[at + fields["idf_bytes"]:])
    labels = tuple(fields["labels"])
    if len(idf) != row or len(coef) != row * len(labels):
        raise WeightsError("the tables do not match the vocabulary")
    return Classifier(fields["kind"], labels, tuple(blocks), idf, coef,
                      tuple(fields["intercept"]))


def model_file(name: str, missing: str) -> bytes:
    """A weights file of the package's model folder; WeightsError(`missing`) when absent."""
    try:
        return resources.files(PACKAGE).joinpath(FOLDER, name).read_bytes()
    except (FileNotFoundError, OSError) as err:
        raise WeightsError(missing) from err


def shipped_bytes(lang: str) -> bytes:
    """The weights file shipped for a language."""
    return model_file(f"{lang}.weights", f"no weights for {lang!r}: run `make model`")


@cache
def shipped(lang: str) -> Classifier:
    """The intent model of a language, loaded once per process from the package."""
    return decode(shipped_bytes(lang))


def stale(lang: str) -> str | None:
    """Why the shipped weights of a language no longer match its corpus or settings, if so."""
    head = header(shipped_bytes(lang))
    if head.corpus_sha256 != sha256(corpus_bytes(lang)):
        return f"corpus/{lang}.tsv changed since {lang}.weights was built: run `make model`"
    if head.features_sha256 != features_sha256():
        return f"classifier.FEATURES changed since {lang}.weights was built: run `make model`"
    return None
