"""A local Telegram Bot API emulator for the tests and the benchmarks (standard library only),
and `process.bot_process`, which starts the real `refundbot run` against it.

It speaks enough of the Bot API for a real `refundbot run` process, with the knobs real
Telegram has: latency, rate limits, faults and updates the library cannot parse. Not shipped in
the wheel; `python -m emulator.botapi --help` runs it by hand.
"""
