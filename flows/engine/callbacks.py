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
from typing import Any, ClassVar, TypeVar, get_type_hints

LIMIT = 64  # bytes of callback data Telegram accepts
SEP = ":"
# A text field: no separator, nothing a forged payload could smuggle in.
TEXT = re.compile(r"^[A-Za-z0-9_./+-]{1,40}$")
NUMBER = re.compile(r"^-?\d{1,19}$")

R = TypeVar("R", bound="CallbackData")


class CallbackData:
    """Base of every button-data record: subclass as a frozen dataclass with `prefix` set."""

    prefix: ClassVar[str]

    def pack(self) -> str:
        """The record as callback data; ValueError when a field or the whole is unsendable."""
        values: list[str] = []
        for f in dataclasses.fields(self):  # type: ignore[arg-type]
            value = getattr(self, f.name)
            if value is None:
                continue
            text = str(value)
            if not (NUMBER if isinstance(value, int) else TEXT).match(text):
                raise ValueError(f"{type(self).__name__}.{f.name}={text!r} cannot be sent")
            values.append(text)
        data = SEP.join([self.prefix, *values])
        if len(data.encode()) > LIMIT:
            raise ValueError(f"{data!r} is over Telegram's {LIMIT} bytes")
        return data

    @classmethod
    def unpack(cls: type[R], data: str) -> R | None:
        """The record in `data`, or None when it is not one of this type's buttons."""
        if len(data.encode()) > LIMIT:
            return None
        prefix, *parts = data.split(SEP)
        if prefix != cls.prefix:
            return None
        fields = dataclasses.fields(cls)  # type: ignore[arg-type]
        hints = get_type_hints(cls)
        required = sum(1 for f in fields if f.default is not None)
        if not required <= len(parts) <= len(fields):
            return None
        values: dict[str, Any] = {}
        for f, part in zip(fields, parts, strict=False):
            if hints[f.name] is int:
                if not NUMBER.match(part):
                    return None
                values[f.name] = int(part)
            elif TEXT.match(part):
                values[f.name] = part
            else:
                return None
        return cls(**values)

    @classmethod
    def owns(cls, data: str) -> bool:
        """Whether `data` starts with this type's prefix (for routing a press to its feature)."""
        return data == cls.prefix or data.startswith(cls.prefix + SEP)


@dataclasses.dataclass(frozen=True)
class DialogueKey(CallbackData):
    """A dialogue button: the step its screen was shown at, the trigger, maybe an argument."""

    prefix: ClassVar[str] = "v1"
    step: int
    trigger: str
    arg: str | None = None
