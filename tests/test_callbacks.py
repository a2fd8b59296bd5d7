"""Button data: every feature's record packs and unpacks through the one codec, and anything
that is not exactly one of our buttons (stale formats, forgeries, oversize) is refused."""

from __future__ import annotations

import dataclasses

import pytest

from bot.reminders.kinds import button_data, parse_button
from flows.engine.callbacks import (
    LIMIT,
    RECORDS,
    CallbackData,
    DialogueKey,
    GroupSetting,
    ReminderButton,
    TranscriptOpen,
    TranscriptPage,
)
from flows.orders.lifecycle import Action

SAMPLES: list[tuple[CallbackData, str]] = [
    (DialogueKey(3, "shipped"), "v1:3:shipped"),
    (DialogueKey(12, "extend", "42"), "v1:12:extend:42"),
    (ReminderButton(901, "x"), "r1:901:x"),
    (GroupSetting("lang", "ru"), "gs1:lang:ru"),
    (GroupSetting("done"), "gs1:done"),
    (TranscriptPage(900, 10, 2), "op:l:900:10:2"),
    (TranscriptOpen(900), "op:o:900"),
]


@pytest.mark.parametrize(("record", "data"), SAMPLES)
def test_each_record_packs_to_its_format_and_back(record: CallbackData, data: str) -> None:
    assert record.pack() == data
    assert type(record).unpack(data) == record


@pytest.mark.parametrize(("record", "data"), SAMPLES)
def test_no_record_reads_another_features_data(record: CallbackData, data: str) -> None:
    owners = [r for r in RECORDS if r.unpack(data) is not None]
    assert owners == [type(record)]


@pytest.mark.parametrize("record", [
    DialogueKey(1, "a" * 41),                 # a field longer than any trigger
    DialogueKey(1, "shipped", "4:2"),         # the separator inside a field
    DialogueKey(1, "shipped", "пр"),          # outside the button alphabet
    GroupSetting("lang", ""),                 # empty is not a value
])
def test_pack_refuses_what_could_not_be_read_back(record: CallbackData) -> None:
    with pytest.raises(ValueError, match="cannot be sent"):
        record.pack()


def test_pack_refuses_more_than_telegram_takes() -> None:
    class Wide(CallbackData):
        prefix = "w"

    wide = dataclasses.make_dataclass("WideKey", [("a", str), ("b", str)], bases=(Wide,),
                                      frozen=True)
    with pytest.raises(ValueError, match=f"{LIMIT} bytes"):
        wide("x" * 40, "y" * 40).pack()


@pytest.mark.parametrize(("record", "data"), [
    (DialogueKey, "v1"), (DialogueKey, "v1:3"), (DialogueKey, "v1:x:shipped"),
    (DialogueKey, "v1:3:shipped:42:7"), (DialogueKey, "v2:3:shipped"),
    (DialogueKey, "v1:3:" + "s" * 70), (DialogueKey, "v10:3:shipped"),
    (ReminderButton, "r1:abc:x"), (ReminderButton, "r1:5"), (ReminderButton, "r1:5:x:y"),
    (GroupSetting, "gs1"), (GroupSetting, "gs1:lang:r u"),
    (TranscriptPage, "op:l:900:10"), (TranscriptPage, "op:l:900:ten:1"),
    (TranscriptOpen, "op:o:"), (TranscriptOpen, "op:x:900"),
])
def test_unpack_refuses_anything_not_exactly_ours(record: type[CallbackData], data: str) -> None:
    assert record.unpack(data) is None


@pytest.mark.parametrize(("data", "record"), [
    ("gs1:done:", GroupSetting("done")),      # how Done was written before the codec
    ("gs1:mode:muted", GroupSetting("mode", "muted")),
    ("op:l:900:10:1", TranscriptPage(900, 10, 1)),
    ("v1:7:tz_pick:Europe/Moscow", DialogueKey(7, "tz_pick", "Europe/Moscow")),
])
def test_buttons_already_sent_in_the_old_format_still_read(data: str,
                                                           record: CallbackData) -> None:
    assert type(record).unpack(data) == record


def test_reminder_buttons_keep_their_letters_and_the_retired_one() -> None:
    assert parse_button(button_data(901, Action.EXTEND)) == (901, Action.EXTEND)
    # "s" was "stop", retired, and is still in old messages.
    assert parse_button("r1:901:s") == (901, Action.RECEIVED)
    assert parse_button("r1:901:q") is None


def test_prefixes_are_distinct() -> None:
    prefixes = [r.prefix for r in RECORDS]
    assert len(set(prefixes)) == len(prefixes)


@pytest.mark.parametrize(("record", "data"), SAMPLES)
def test_an_unpacked_record_is_the_same_frozen_value_as_a_built_one(record: CallbackData,
                                                                      data: str) -> None:
    read = type(record).unpack(data)
    assert read == record and hash(read) == hash(record) and repr(read) == repr(record)
    first = dataclasses.fields(record)[0].name  # type: ignore[arg-type]
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(read, first, 1)


def test_a_record_with_its_own_init_logic_is_refused_at_first_use() -> None:
    @dataclasses.dataclass(frozen=True)
    class Checked(CallbackData):
        prefix = "ck1"
        n: int

        def __post_init__(self) -> None:
            """Would be skipped by unpack, so it may not exist."""

    with pytest.raises(TypeError, match="__post_init__"):
        Checked.unpack("ck1:1")
