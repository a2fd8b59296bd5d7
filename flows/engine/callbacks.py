"""Button data as typed records: one codec, one size check, one place that refuses the rest.

A record class names its prefix and its fields (int, str, or `str | None` last); `pack`
joins them with ":" behind the prefix, `unpack` parses data back into the record, or gives
None for anything that is not exactly one of ours (a stale format, a forged payload, a
field of the wrong shape). The shape of aiogram's `CallbackData`, on plain dataclasses.
Telegram caps callback data at 64 bytes; `pack` refuses more, so no feature can send a
button Telegram would reject.
"""

from __future__ import annotations

import dataclasses
import re
from typing import ClassVar, NamedTuple, TypeVar, get_type_hints

LIMIT = 64  # bytes of callback data Telegram accepts
SEP = ":"
# A field's characters: ASCII without the separator, so nothing can be smuggled between fields
# (and characters count as bytes).
_NUMBER = r"-?[0-9]{1,19}"
_TEXT = r"[A-Za-z0-9_./+-]{1,40}"
NUMBER, TEXT = re.compile(_NUMBER), re.compile(_TEXT)

R = TypeVar("R", bound="CallbackData")


class Layout(NamedTuple):
    """How a record type packs and unpacks, worked out once from its dataclass fields."""

    names: tuple[str, ...]
    ints: tuple[bool, ...]
    pattern: re.Pattern[str]  # the whole data, one named group per field
    numbers: tuple[str, ...]  # the fields read back as ints


_LAYOUTS: dict[type, Layout] = {}
_new = object.__new__
_set = object.__setattr__


def _layout(cls: type[CallbackData]) -> Layout:
    """A record's layout, built on first use.

    Built once per record type: resolving type hints and parsing field by field cost more
    than the rest of a turn's press check.
    """
    layout = _LAYOUTS.get(cls)
    if layout is None:
        layout = _LAYOUTS[cls] = _build(cls)
    return layout


def _build(cls: type[CallbackData]) -> Layout:
    """The layout of a record type, read from its dataclass fields and type hints."""
    if "__slots__" in vars(cls) or hasattr(cls, "__post_init__"):
        # unpack fills the instance's dict as pickle does, skipping __init__ (see there).
        raise TypeError(f"{cls.__name__}: a button record has no __slots__ or __post_init__")
    hints = get_type_hints(cls)
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]  # every record is a dataclass
    ints = tuple(hints[f.name] is int for f in fields)
    body = ""
    for f, is_int in zip(fields, ints, strict=True):
        piece = f"(?P<{f.name}>{_NUMBER if is_int else _TEXT})"
        # An optional field may be left out, or empty as older buttons wrote it ("gs1:done:").
        body += f"(?:{SEP}{piece}?)?" if f.default is None else f"{SEP}{piece}"
    return Layout(names=tuple(f.name for f in fields), ints=ints,
                  pattern=re.compile(re.escape(cls.prefix) + body),
                  numbers=tuple(f.name for f, is_int in zip(fields, ints, strict=True) if is_int))


class CallbackData:
    """Base of every button-data record: subclass as a frozen dataclass with `prefix` set."""

    prefix: ClassVar[str]

    def pack(self) -> str:
        """The record as callback data; ValueError when a field or the whole is unsendable."""
        names, ints, _pattern, _numbers = _layout(type(self))
        values: list[str] = []
        for name, is_int in zip(names, ints, strict=True):
            value = getattr(self, name)
            if value is None:
                continue
            text = str(value)
            if not (NUMBER if is_int else TEXT).fullmatch(text):
                raise ValueError(f"{type(self).__name__}.{name}={text!r} cannot be sent")
            values.append(text)
        data = SEP.join([self.prefix, *values])
        if len(data.encode()) > LIMIT:
            raise ValueError(f"{data!r} is over Telegram's {LIMIT} bytes")
        return data

    @classmethod
    def unpack(cls: type[R], data: str) -> R | None:
        """The record in `data`, or None when it is not one of this type's buttons."""
        _names, _ints, pattern, numbers = _LAYOUTS.get(cls) or _layout(cls)
        found = pattern.fullmatch(data) if len(data) <= LIMIT else None
        if found is None:
            return None
        fields: dict[str, str | int | None] = found.groupdict()
        for name in numbers:
            fields[name] = int(fields[name])  # type: ignore[arg-type]  # matched digits
        # A frozen dataclass's __init__ sets each field through object.__setattr__, which cost
        # more than the parse; the pattern already checked every field, so fill the new
        # instance's dict directly, as pickle restores one (issue 20: the turn's cost).
        record = _new(cls)
        _set(record, "__dict__", fields)
        return record

    @classmethod
    def owns(cls, data: object) -> bool:
        """Whether `data` starts with this type's prefix (for routing a press to its feature)."""
        return isinstance(data, str) and (data == cls.prefix or data.startswith(cls.prefix + SEP))


@dataclasses.dataclass(frozen=True)
class DialogueKey(CallbackData):
    """A dialogue button: the step its screen was shown at, the trigger, maybe an argument."""

    prefix: ClassVar[str] = "v1"
    step: int
    trigger: str
    arg: str | None = None


@dataclasses.dataclass(frozen=True)
class ReminderButton(CallbackData):
    """A reminder's button: the reminder (only a lookup key, checked against the presser)
    and a one-letter action code (bot/reminders/kinds.py maps it)."""

    prefix: ClassVar[str] = "r1"
    reminder_id: int
    action: str


@dataclasses.dataclass(frozen=True)
class GroupSetting(CallbackData):
    """A group /settings button: what to set and the value (none for Done). Who may press
    is checked on the server, never read from here."""

    prefix: ClassVar[str] = "gs1"
    what: str
    value: str | None = None


@dataclasses.dataclass(frozen=True)
class TranscriptPage(CallbackData):
    """An operator's paging button in a transcript: whose, how many exchanges, which page."""

    prefix: ClassVar[str] = "op:l"
    user_id: int
    n: int
    page: int


@dataclasses.dataclass(frozen=True)
class TranscriptOpen(CallbackData):
    """An operator's search result: open that user's transcript."""

    prefix: ClassVar[str] = "op:o"
    user_id: int


@dataclasses.dataclass(frozen=True)
class RateAnswer(CallbackData):
    """👍 / 👎 under an answer: the step it was shown at (checked against the presser's own
    offered ratings on the server) and `up` or `down`."""

    prefix: ClassVar[str] = "rt1"
    step: int
    value: str


@dataclasses.dataclass(frozen=True)
class RateReason(CallbackData):
    """"What was wrong?" after a 👎: the step of the rated answer and the reason's code."""

    prefix: ClassVar[str] = "rt2"
    step: int
    reason: str


@dataclasses.dataclass(frozen=True)
class Handover(CallbackData):
    """Talk to a person (`ask`) or go back to the bot (`back`); who presses is the buyer."""

    prefix: ClassVar[str] = "ho1"
    action: str


# Every button-data record the bot sends; a test checks their prefixes never overlap.
RECORDS: tuple[type[CallbackData], ...] = (DialogueKey, ReminderButton, GroupSetting,
                                           TranscriptPage, TranscriptOpen, RateAnswer,
                                           RateReason, Handover)
OPERATOR_PREFIX = "op"
