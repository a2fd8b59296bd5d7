"""One budget for replies and reminders: sends in flight count, replies go first."""

from __future__ import annotations

import asyncio

from bot.config import Settings
from bot.dialogue.service import DialogueService
from bot.telegram.app import build_application
from bot.telegram.context import sender_in
from bot.telegram.rate_limit import RateLimiter
from emulator.botapi import BotApiEmulator
from tests.support.chat import Chat
from tests.support.offline import OfflineRequest


class Clock:
    """Seconds that pass only when someone sleeps."""

    def __init__(self) -> None:
        self.now = 1000.0

    def monotonic(self) -> float:
        """The current fake time."""
        return self.now

    async def sleep(self, seconds: float) -> None:
        """Let time pass, and let other tasks run."""
        self.now += seconds
        await asyncio.sleep(0)


async def test_a_send_in_flight_holds_its_slot_until_answered() -> None:
    clock = Clock()
    limiter = RateLimiter(3, ((3, 1.0),), monotonic=clock.monotonic, sleep=clock.sleep)
    slots = [await limiter.acquire(chat) for chat in (1, 2, 3)]
    clock.now += 5.0  # long calls: the answers have not come yet
    assert limiter.delay(4) > 0  # three still in flight: Telegram may count them any moment
    for slot in slots:
        limiter.answered(slot)
    assert limiter.delay(4) == 1.0  # counted from the answers
    clock.now += 1.0
    assert limiter.delay(4) == 0


async def test_three_quick_messages_to_one_chat_then_it_waits() -> None:
    clock = Clock()
    limiter = RateLimiter(30, monotonic=clock.monotonic, sleep=clock.sleep)
    for _ in range(3):
        limiter.answered(await limiter.acquire(7))
    assert limiter.delay(7) == 1.0 and limiter.delay(8) == 0


async def test_replies_go_before_reminders() -> None:
    clock = Clock()
    limiter = RateLimiter(1, monotonic=clock.monotonic, sleep=clock.sleep)
    limiter.answered(await limiter.acquire(1))  # the budget is spent for this second
    order: list[str] = []

    async def send(name: str, chat: int, urgent: bool) -> None:
        limiter.answered(await limiter.acquire(chat, urgent=urgent))
        order.append(name)

    reply = asyncio.create_task(send("reply", 3, urgent=True))  # waits for the next second
    # The reminder finds a free slot as that second comes, but a reply is waiting for it.
    reminder = asyncio.create_task(send("reminder", 2, urgent=False))
    await asyncio.gather(reminder, reply)
    assert order == ["reply", "reminder"]


async def test_a_429_holds_everyone() -> None:
    clock = Clock()
    limiter = RateLimiter(monotonic=clock.monotonic, sleep=clock.sleep)
    limiter.hold(3.0)
    assert limiter.delay(1) == 3.0 and limiter.delay(2, urgent=False) == 3.0


async def test_replies_take_their_slots_from_the_applications_one_budget(
        settings: Settings, service: DialogueService, emulator: BotApiEmulator) -> None:
    clock = Clock()
    limiter = RateLimiter(1, monotonic=clock.monotonic, sleep=clock.sleep)
    app = build_application(settings, service, OfflineRequest(emulator), limiter=limiter)
    await app.initialize()
    try:
        assert sender_in(app).limiter is limiter
        assert limiter.delay(8) == 0
        await Chat(app, emulator, user_id=7).send("/start")
        assert limiter.delay(8) > 0  # the reply to 7 spent this second's one send
    finally:
        await app.shutdown()
