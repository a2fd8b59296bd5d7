"""A fitted vectoriser's n-grams as a compact, read-only table: n-gram -> row.

A dict of tens of thousands of short strings costs about 7 MB and 50 ms to build at every
start; this is three flat arrays read straight from the weights file: the n-grams' UTF-8 bytes
end to end, where each one starts, and an open-addressing hash table (CRC-32, linear probing,
at most half full) of their positions. A lookup compares the actual bytes, so it is exact.
"""

from __future__ import annotations

import sys
import zlib
from array import array
from collections.abc import Iterable, Iterator, Sequence


def _little_endian(values: Sequence[int]) -> bytes:
    """uint32 values as little-endian bytes on any machine."""
    numbers = array("I", values)
    if sys.byteorder == "big":
        numbers.byteswap()
    return numbers.tobytes()


def _unsigned(data: bytes | memoryview) -> Sequence[int]:
    """uint32 values from little-endian bytes: a view (no copy) on a little-endian machine."""
    if sys.byteorder == "little":
        return memoryview(data).cast("I")
    numbers = array("I", bytes(data))
    numbers.byteswap()
    return numbers


class VocabularyTable:
    """n-gram -> row (`first_row` plus its position), the n-grams in row order."""

    __slots__ = ("_blob", "_first_row", "_mask", "_slots", "_starts")

    def __init__(self, blob: bytes, starts: Sequence[int], slots: Sequence[int],
                 first_row: int = 0) -> None:
        if len(slots) & (len(slots) - 1) or len(slots) < 2 * (len(starts) - 1):
            raise ValueError("the hash table must be a power of two, at most half full")
        self._blob, self._starts, self._slots = blob, starts, slots
        self._mask, self._first_row = len(slots) - 1, first_row

    @classmethod
    def build(cls, grams: Iterable[str], first_row: int = 0) -> VocabularyTable:
        """The table of n-grams given in row order."""
        encoded = [g.encode() for g in grams]
        starts = array("I", [0])
        for gram in encoded:
            starts.append(starts[-1] + len(gram))
        size = 2
        while size < 2 * len(encoded):
            size *= 2
        slots = array("I", bytes(4 * size))
        for position, gram in enumerate(encoded):
            at = zlib.crc32(gram) & (size - 1)
            while slots[at]:
                at = (at + 1) & (size - 1)
            slots[at] = position + 1
        return cls(b"".join(encoded), starts, slots, first_row)

    @classmethod
    def from_bytes(cls, blob: bytes | memoryview, starts: bytes | memoryview,
                   slots: bytes | memoryview, first_row: int = 0) -> VocabularyTable:
        """A table from the three parts `to_bytes` wrote (views into them where possible)."""
        return cls(bytes(blob), _unsigned(starts), _unsigned(slots), first_row)

    def to_bytes(self) -> tuple[bytes, bytes, bytes]:
        """(n-grams, their starts, hash table) as bytes, little-endian."""
        return self._blob, _little_endian(self._starts), _little_endian(self._slots)

    def get(self, gram: str) -> int | None:
        """The row of an n-gram, or None when the corpus never had it."""
        key = gram.encode()
        blob, starts, slots, mask = self._blob, self._starts, self._slots, self._mask
        at = zlib.crc32(key) & mask
        while entry := slots[at]:
            if blob[starts[entry - 1]:starts[entry]] == key:
                return self._first_row + entry - 1
            at = (at + 1) & mask
        return None

    def __contains__(self, gram: object) -> bool:
        """Whether the corpus had this n-gram."""
        return isinstance(gram, str) and self.get(gram) is not None

    def __len__(self) -> int:
        """How many n-grams."""
        return len(self._starts) - 1

    def __iter__(self) -> Iterator[str]:
        """The n-grams in row order."""
        blob, starts = self._blob, self._starts
        return (blob[starts[i]:starts[i + 1]].decode() for i in range(len(self)))
