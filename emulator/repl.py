"""Type to the bot as a Telegram user would, through the standalone emulator.

    python -m emulator.repl --port 8081     # in one terminal: you, the user
    export TELEGRAM_API_URL=http://127.0.0.1:8081     # in another one: the bot
    export TELEGRAM_BOT_TOKEN=123456789:TEST-TOKEN-abcdefghijklmnopqrstuvwxyz
    make run

A line is sent as a message; a number presses that button of the newest message with buttons;
`/quit` or end of input (Ctrl-D) stops. The bot's messages and edits are printed as they come.
"""

from __future__ import annotations

import argparse
import sys
import threading
from collections.abc import Sequence
from typing import Any, TextIO

from emulator.botapi import DEFAULT_USERNAME, STANDALONE_TOKEN, BotApiEmulator, Call

SHOWN = ("sendMessage", "editMessageText", "sendDocument")


def buttons(message: dict[str, Any]) -> list[dict[str, Any]]:
    """A message's inline buttons, row by row, as one list."""
    rows = message.get("reply_markup", {}).get("inline_keyboard", [])
    return [button for row in rows for button in row]


def render(call: Call) -> str:
    """How one of the bot's messages looks in the terminal: text, then numbered buttons."""
    message = call.result if isinstance(call.result, dict) else {}
    edited = "(edited) " if call.method == "editMessageText" else ""
    text = message.get("text") or message.get("caption") or call.text
    if call.method == "sendDocument":
        text = f"[file] {text}".rstrip()
    lines = [f"🤖 {edited}{text}"]
    lines += [f"   [{n}] {b['text']}" for n, b in enumerate(buttons(message), 1)]
    return "\n".join(lines)


class Repl:
    """One user typing to the bot through an emulator."""

    def __init__(self, emulator: BotApiEmulator, user: int, lang: str, out: TextIO) -> None:
        self.emulator, self.user, self.lang, self.out = emulator, user, lang, out
        self.stopped = threading.Event()

    def show_replies(self) -> None:
        """Print the bot's messages to this user as they arrive, until stopped."""
        checked = self.emulator.mark()
        while not self.stopped.is_set():
            try:
                call = self.emulator.wait_for(self._for_user, timeout=1.0, since=checked)
            except AssertionError:  # nothing within the second: look at `stopped` again
                continue
            checked = self.emulator.calls.index(call) + 1
            self.out.write(render(call) + "\n")
            self.out.flush()

    def _for_user(self, call: Call) -> bool:
        """A message the bot showed this user."""
        return (call.ok and call.method in SHOWN
                and str(call.params.get("chat_id")) == str(self.user))

    def type(self, line: str) -> None:
        """Send a line, or press the numbered button of the newest message with buttons."""
        if line.isdigit():
            for message in reversed(self.emulator.messages(self.user)):
                found = buttons(message)
                if found:
                    number = int(line)
                    if 1 <= number <= len(found) and "callback_data" in found[number - 1]:
                        self.emulator.user_clicks(self.user, message["message_id"],
                                                  found[number - 1]["callback_data"])
                        return
                    break
        self.emulator.user_sends(self.user, line, language_code=self.lang)


def main(argv: Sequence[str] | None = None, stdin: TextIO = sys.stdin,
         out: TextIO = sys.stdout) -> int:
    """Serve the emulator and read the user's lines until /quit or end of input."""
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--port", type=int, default=8081)
    parser.add_argument("--token", default=STANDALONE_TOKEN)
    parser.add_argument("--user", type=int, default=1001, help="your Telegram user id")
    parser.add_argument("--lang", default="en", help="your Telegram language (en, ru, ...)")
    args = parser.parse_args(argv)
    emulator = BotApiEmulator(args.token, username=DEFAULT_USERNAME, port=args.port).start()
    out.write(f"Bot API emulator at {emulator.url}. Start the bot in another terminal:\n"
              f"  TELEGRAM_API_URL={emulator.url} TELEGRAM_BOT_TOKEN={emulator.token} "
              "make run\n"
              "Then type as user "
              f"{args.user} ({args.lang}); a number presses a button; /quit leaves.\n")
    out.flush()
    repl = Repl(emulator, args.user, args.lang, out)
    printer = threading.Thread(target=repl.show_replies, name="repl-printer", daemon=True)
    printer.start()
    try:
        for raw in stdin:
            line = raw.strip()
            if line == "/quit":
                break
            if line:
                repl.type(line)
    except KeyboardInterrupt:
        pass
    finally:
        repl.stopped.set()
        printer.join(timeout=2.0)
        emulator.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
