"""Local Telegram Bot API emulator (stdlib only) for end-to-end tests and benchmarks.

Run it standalone with ``python -m emulator.botapi --port 8081``, or type as a user with
``python -m emulator.repl`` (see README, "Tests").
"""

from __future__ import annotations

import argparse
import copy
import html
import itertools
import json
import math
import random
import re
import socket
import struct
import sys
import threading
import time
import traceback
from collections import defaultdict, deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import suppress
from dataclasses import dataclass
from email import policy
from email.parser import BytesParser
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

JSONDict = dict[str, Any]

DEFAULT_TOKEN = "123456789:TEST-TOKEN"
STANDALONE_TOKEN = "123456789:TEST-TOKEN-abcdefghijklmnopqrstuvwxyz"
"""The standalone emulator's token: shaped like BotFather's, so the bot's settings accept it."""
DEFAULT_USERNAME = "refund_guide_test_bot"
JSON_FIELDS = frozenset({
    "reply_markup", "commands", "allowed_updates", "scope", "entities", "caption_entities",
    "link_preview_options", "reply_parameters", "media", "message_ids",
})
NUMBER_FIELDS = frozenset({
    "chat_id", "from_chat_id", "message_id", "offset", "limit", "timeout", "user_id",
    "message_thread_id", "reply_to_message_id", "cache_time", "max_connections",
})
TEXT_FIELDS = frozenset({
    "text", "caption", "data", "url", "title", "description", "short_description", "name",
    "callback_query_id", "inline_message_id", "query",
})
OPT_IN_UPDATES = frozenset({"chat_member", "message_reaction", "message_reaction_count"})
HTML_TAGS = frozenset({
    "b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "tg-spoiler", "a",
    "code", "pre", "blockquote", "tg-emoji",
})
ADMIN_RIGHTS = dict.fromkeys((
    "can_manage_chat", "can_delete_messages", "can_manage_video_chats", "can_restrict_members",
    "can_promote_members", "can_change_info", "can_invite_users", "can_post_stories",
    "can_edit_stories", "can_delete_stories", "can_pin_messages", "can_manage_topics",
), True)
NOT_MODIFIED = (
    "Bad Request: message is not modified: specified new message content and reply markup are"
    " exactly the same as a content and reply markup of the current message"
)
# Injectable faults: answers Telegram really gives, and connections that break.
FAULTS = ("429", "500", "502", "timeout", "reset_before", "reset_after", "400_expected")
# The 400s Telegram gives for presses answered late and edits of vanished messages.
EXPECTED_400 = {
    "answercallbackquery": "Bad Request: query is too old and response timeout expired or"
                           " query ID is invalid",
    "editmessagetext": "Bad Request: message to edit not found",
    "editmessagereplymarkup": "Bad Request: message to edit not found",
}
UNFAULTED = frozenset({"getupdates", "getme", "deletewebhook", "setmycommands", "close"})
# Updates PTB 22.8 cannot parse (fields it requires "since Bot API 9.6"): poison for a bot.
POISON: dict[str, JSONDict] = {
    "poll_answer": {"poll_answer": {
        "poll_id": "p1", "user": {"id": 777, "is_bot": False, "first_name": "P"},
        "option_ids": [0]}},
    "poll": {"poll": {
        "id": "p1", "question": "?", "options": [{"text": "a", "voter_count": 0}],
        "total_voter_count": 0, "is_closed": False, "is_anonymous": True, "type": "regular",
        "allows_multiple_answers": False}},
}
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")
_TAG = re.compile(r"<(/?)([a-zA-Z][\w-]*)[^>]*>|<")


class ApiError(Exception):
    """A Bot API error response."""

    def __init__(self, code: int, description: str, retry_after: int | None = None) -> None:
        super().__init__(description)
        self.code, self.description, self.retry_after = code, description, retry_after

    def payload(self) -> JSONDict:
        """Return the JSON body Telegram sends for this error."""
        body: JSONDict = {"ok": False, "error_code": self.code, "description": self.description}
        if self.retry_after is not None:
            body["parameters"] = {"retry_after": self.retry_after}
        return body


@dataclass
class Call:
    """One recorded Bot API request and its outcome; `time` is time.monotonic() at receipt."""

    method: str
    params: JSONDict
    raw: JSONDict
    time: float
    ok: bool = True
    error_code: int | None = None
    result: Any = None

    @property
    def text(self) -> str:
        """Return the text or caption as sent, or an empty string."""
        return str(self.params.get("text", self.params.get("caption", "")))

    def summary(self) -> str:
        """Return a one-line description for failure messages."""
        status = "ok" if self.ok else f"error {self.error_code}"
        return f"{self.method} chat={self.params.get('chat_id')} {status} {self.text[:70]!r}"


@dataclass
class UploadedFile:
    """A file received in a multipart request."""

    filename: str
    mime_type: str
    content: bytes


@dataclass
class _Fault:
    """An injected error waiting for matching calls."""

    method: str
    code: int
    description: str
    retry_after: int | None
    times: int
    chat_id: int | str | None


def decode_params(raw: JSONDict) -> JSONDict:
    """Turn wire values (strings from forms, typed values from JSON) into Python values."""
    return {key: _decode_value(key, value) for key, value in raw.items()}


def _decode_value(key: str, value: Any) -> Any:
    """Decode one parameter, leaving free text untouched."""
    if not isinstance(value, str):
        return value
    if key in JSON_FIELDS:
        try:
            return json.loads(value)
        except ValueError:
            return value
    if key in NUMBER_FIELDS and _NUMBER.fullmatch(value):
        return float(value) if "." in value else int(value)
    if key not in TEXT_FIELDS and value in ("true", "false"):
        return value == "true"
    return value


def _entity_error(reason: str) -> ApiError:
    """Build the error Telegram gives for unparsable formatting."""
    return ApiError(400, f"Bad Request: can't parse entities: {reason}")


def render_text(text: str, parse_mode: str | None) -> str:
    """Return the text a user would see, rejecting HTML the Bot API would reject."""
    if not isinstance(parse_mode, str) or parse_mode.upper() != "HTML":
        return text
    open_tags: list[str] = []
    for match in _TAG.finditer(text):
        closing, tag = match[1], (match[2] or "").lower()
        offset = len(text[: match.start()].encode())
        if tag not in HTML_TAGS:
            raise _entity_error(f'Unsupported start tag "{tag}" at byte offset {offset}')
        if not closing:
            open_tags.append(tag)
        elif not open_tags or open_tags.pop() != tag:
            raise _entity_error(f'Unexpected end tag "{tag}" at byte offset {offset}')
    if open_tags:
        raise _entity_error(f'Can\'t find end tag corresponding to start tag "{open_tags[-1]}"')
    return html.unescape(_TAG.sub("", text))


def _utf16_len(text: str) -> int:
    """Return the length Telegram uses for entity offsets."""
    return len(text.encode("utf-16-le")) // 2


class BotApiEmulator:
    """In-process fake of api.telegram.org serving one bot over HTTP on 127.0.0.1."""

    def __init__(
        self,
        token: str = DEFAULT_TOKEN,
        *,
        username: str = DEFAULT_USERNAME,
        port: int = 0,
        enforce_limits: bool = False,
        global_limit: int = 30,
        chat_limit: int = 1,
        latency: float = 0.0,
        fault_rate: float = 0.0,
        faults: tuple[str, ...] = FAULTS,
        seed: int = 1,
        timeout_delay: float = 6.0,
        first_update_id: int = 1,
    ) -> None:
        self.token, self.username, self.port = token, username, port
        self.bot_id = int(token.split(":", 1)[0])
        self.enforce_limits, self.global_limit, self.chat_limit = (
            enforce_limits, global_limit, chat_limit)
        # Seconds each call (except getUpdates) takes over HTTP, as Telegram's 50-100 ms do:
        # half before Telegram acts on it, half before the answer arrives.
        self.latency = latency
        # Over HTTP, this share of calls meets one of `faults` (see FAULTS), picked at random.
        self.fault_rate, self.faults, self.timeout_delay = fault_rate, faults, timeout_delay
        self._random = random.Random(seed)
        self.injected: dict[str, int] = defaultdict(int)
        self.too_many_requests = 0
        self.can_read_all_group_messages = False  # True: privacy mode off in BotFather
        self._cond = threading.Condition(threading.RLock())
        self._calls: list[Call] = []
        self._updates: list[JSONDict] = []
        # Above 1 for a bot whose database already confirmed updates up to it (a restart).
        self._update_ids = itertools.count(first_update_id)
        self._ids = itertools.count(1)
        self._allowed: frozenset[str] | None = None
        self._webhook_url = ""
        self._chats: dict[int | str, JSONDict] = {}
        self._users: dict[int, JSONDict] = {}
        self._messages: dict[int | str, dict[int, JSONDict]] = defaultdict(dict)
        self._message_ids: dict[int | str, Iterator[int]] = defaultdict(lambda: itertools.count(1))
        self._open_queries: set[str] = set()
        self._files: dict[str, tuple[str, bytes, int]] = {}  # file_id -> (path, bytes, size)
        self._faults: list[_Fault] = []
        self._blocked: set[int | str] = set()
        self._admins: dict[int | str, list[int]] = {}
        self._creators: dict[int | str, int] = {}
        self._commands: dict[tuple[str, str], list[JSONDict]] = {}
        self._card: dict[tuple[str, str], str] = {}
        self._sends: deque[float] = deque()
        self._chat_sends: dict[int | str | None, deque[float]] = defaultdict(deque)
        self._polling = 0
        self._closed = False
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._handlers: dict[str, Callable[[JSONDict], Any]] = {name.lower(): fn for name, fn in {
            "getMe": self._get_me, "getUpdates": self._get_updates,
            "deleteWebhook": self._delete_webhook, "setWebhook": self._set_webhook,
            "getWebhookInfo": self._get_webhook_info, "setMyCommands": self._set_my_commands,
            "getMyCommands": self._get_my_commands, "deleteMyCommands": self._delete_my_commands,
            "setMyDescription": lambda p: self._set_card(p, "description", 512),
            "setMyShortDescription": lambda p: self._set_card(p, "short_description", 120),
            "sendMessage": self._send_message, "sendDocument": self._send_document,
            "sendChatAction": lambda p: True, "editMessageText": self._edit_message_text,
            "editMessageReplyMarkup": self._edit_reply_markup,
            "answerCallbackQuery": self._answer_callback_query,
            "deleteMessage": self._delete_message, "getChatMember": self._get_chat_member,
            "getChatAdministrators": self._get_chat_administrators, "getChat": self._get_chat,
            "getFile": self._get_file, "leaveChat": lambda p: True,
            "close": lambda p: True, "logOut": lambda p: True,
        }.items()}

    @property
    def url(self) -> str:
        """Return the API root; the bot calls ``{url}/bot{token}/METHOD``."""
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> BotApiEmulator:
        """Bind 127.0.0.1 and serve from a daemon thread."""
        self._closed = False
        self._server = _Server(("127.0.0.1", self.port), _Handler)
        self._server.emulator = self  # type: ignore[attr-defined]
        self.port = self._server.server_address[1]
        # A short select interval keeps stop() fast; it is not used for polling state.
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.05,),
                                         name="botapi-emulator", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        """Release parked long polls (they answer []) and close the listening socket."""
        with self._cond:
            self._closed = True
            self._cond.notify_all()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=2.0)
        self._server, self._thread = None, None

    def __enter__(self) -> BotApiEmulator:
        """Start serving."""
        return self.start()

    def __exit__(self, *exc: object) -> None:
        """Stop serving."""
        self.stop()

    def dispatch(self, token: str, method: str, raw: JSONDict) -> tuple[int, JSONDict]:
        """Run one API call, record it and return (HTTP status, JSON body)."""
        call = Call(method, decode_params(raw), raw, time.monotonic())
        with self._cond:
            try:
                call.result = copy.deepcopy(self._invoke(token, method, call.params))
                status, body = 200, {"ok": True, "result": call.result}
            except ApiError as err:
                call.ok, call.error_code = False, err.code
                status, body = err.code, err.payload()
            self._calls.append(call)
            self._cond.notify_all()
        return status, body

    def _invoke(self, token: str, method: str, params: JSONDict) -> Any:
        """Check token, faults, blocks and limits, then run the method."""
        if token != self.token:
            raise ApiError(401, "Unauthorized")
        handler = self._handlers.get(method.lower())
        if handler is None:
            raise ApiError(404, "Not Found: method not found")
        chat_id = params.get("chat_id")
        for fault in self._faults:
            if fault.method.lower() == method.lower() and fault.chat_id in (None, chat_id):
                fault.times -= 1
                if fault.times <= 0:
                    self._faults.remove(fault)
                raise ApiError(fault.code, fault.description, fault.retry_after)
        if method.lower().startswith(("send", "edit", "copy", "forward")):
            if chat_id in self._blocked:
                raise ApiError(403, "Forbidden: bot was blocked by the user")
            if self.enforce_limits and method.lower() != "sendchataction":
                self._check_rate(chat_id)
        try:
            return handler(params)
        except ApiError:
            raise
        except Exception as exc:
            traceback.print_exc(file=sys.stderr)
            raise ApiError(500, f"Internal Server Error: emulator failed: {exc!r}") from exc

    def _check_rate(self, chat_id: int | str | None) -> None:
        """Apply sliding one-second windows: overall and per chat."""
        now = time.monotonic()
        windows = ((self._sends, self.global_limit), (self._chat_sends[chat_id], self.chat_limit))
        for window, limit in windows:
            while window and window[0] <= now - 1.0:
                window.popleft()
            if len(window) >= limit:
                self.too_many_requests += 1
                retry = max(1, math.ceil(window[0] + 1.0 - now))
                raise ApiError(429, f"Too Many Requests: retry after {retry}", retry)
        for window, _ in windows:
            window.append(now)

    def _bot_user(self) -> JSONDict:
        """Return the bot as it appears in message.from."""
        return {"id": self.bot_id, "is_bot": True, "first_name": "Refund Guide Test",
                "username": self.username}

    def _get_me(self, params: JSONDict) -> JSONDict:
        """getMe."""
        return {**self._bot_user(), "can_join_groups": True,
                "can_read_all_group_messages": self.can_read_all_group_messages,
                "supports_inline_queries": False, "can_connect_to_business": False,
                "has_main_web_app": False}

    def _get_updates(self, params: JSONDict) -> list[JSONDict]:
        """getUpdates with offset confirmation, limit, allowed_updates and long polling."""
        if self._webhook_url:
            raise ApiError(409, "Conflict: can't use getUpdates method while webhook is active;"
                                " use deleteWebhook to delete the webhook first")
        if "allowed_updates" in params:
            self._allowed = frozenset(params["allowed_updates"] or ()) or None
        offset = int(params.get("offset") or 0)
        if offset < 0:
            self._updates = self._updates[offset:]
        elif offset:
            self._updates = [u for u in self._updates if u["update_id"] >= offset]
        limit = min(max(int(params.get("limit") or 100), 1), 100)
        deadline = time.monotonic() + max(float(params.get("timeout") or 0), 0.0)
        self._polling += 1
        self._cond.notify_all()
        try:
            while True:
                self._updates = [u for u in self._updates if self._wanted(u)]
                remaining = deadline - time.monotonic()
                if self._updates or self._closed or remaining <= 0:
                    return self._updates[:limit]
                self._cond.wait(remaining)
        finally:
            self._polling -= 1

    def _wanted(self, update: JSONDict) -> bool:
        """Tell whether the current allowed_updates setting delivers this update."""
        kind = next((key for key in update if key != "update_id"), "")
        return kind not in OPT_IN_UPDATES if self._allowed is None else kind in self._allowed

    def _delete_webhook(self, params: JSONDict) -> bool:
        """deleteWebhook."""
        self._webhook_url = ""
        if params.get("drop_pending_updates"):
            self._updates.clear()
        return True

    def _set_webhook(self, params: JSONDict) -> bool:
        """setWebhook (only remembered; nothing is delivered to it)."""
        self._webhook_url = str(params.get("url") or "")
        if params.get("drop_pending_updates"):
            self._updates.clear()
        return True

    def _get_webhook_info(self, params: JSONDict) -> JSONDict:
        """getWebhookInfo."""
        return {"url": self._webhook_url, "has_custom_certificate": False,
                "pending_update_count": len(self._updates)}

    @staticmethod
    def _commands_key(params: JSONDict) -> tuple[str, str]:
        """Key commands by scope and language like Telegram does."""
        scope = params.get("scope") or {"type": "default"}
        return json.dumps(scope, sort_keys=True), str(params.get("language_code") or "")

    def _set_my_commands(self, params: JSONDict) -> bool:
        """setMyCommands with Telegram's command validation."""
        commands = params.get("commands")
        if not isinstance(commands, list):
            raise ApiError(400, "Bad Request: can't parse commands JSON object")
        for command in commands:
            if not re.fullmatch(r"[a-z0-9_]{1,32}", str(command.get("command", ""))) or not (
                    1 <= len(str(command.get("description", ""))) <= 256):
                raise ApiError(400, "Bad Request: BOT_COMMAND_INVALID")
        self._commands[self._commands_key(params)] = commands
        return True

    def _set_card(self, params: JSONDict, field: str, limit: int) -> bool:
        """setMyDescription / setMyShortDescription, with Telegram's length limit."""
        text = str(params.get(field) or "")
        if _utf16_len(text) > limit:
            raise ApiError(400, f"Bad Request: {field} is too long")
        self._card[(field, str(params.get("language_code") or ""))] = text
        return True

    def card(self, field: str, language_code: str = "") -> str | None:
        """The description or short_description set for a language ("" is the default)."""
        with self._cond:
            return self._card.get((field, language_code))

    def _get_my_commands(self, params: JSONDict) -> list[JSONDict]:
        """getMyCommands."""
        return self._commands.get(self._commands_key(params), [])

    def _delete_my_commands(self, params: JSONDict) -> bool:
        """deleteMyCommands."""
        self._commands.pop(self._commands_key(params), None)
        return True

    def _chat(self, chat_id: int | str) -> JSONDict:
        """Return the chat object, inventing one for chats never seen."""
        if chat_id not in self._chats:
            if isinstance(chat_id, int) and chat_id > 0:
                user = self._users.get(chat_id, {"first_name": "User"})
                self._chats[chat_id] = {"id": chat_id, "type": "private",
                                        "first_name": user["first_name"]}
            else:
                kind = "supergroup" if str(chat_id).startswith(("-100", "@")) else "group"
                self._chats[chat_id] = {"id": chat_id, "type": kind, "title": "Test Group"}
        return self._chats[chat_id]

    def _require_chat_id(self, params: JSONDict) -> int | str:
        """Return chat_id or fail like Telegram."""
        chat_id = params.get("chat_id")
        if not isinstance(chat_id, int | str) or chat_id == "":
            raise ApiError(400, "Bad Request: chat_id is empty")
        return chat_id

    @staticmethod
    def _inline_markup(params: JSONDict) -> JSONDict | None:
        """Return an inline keyboard (the only markup a Message carries), validating buttons."""
        markup = params.get("reply_markup")
        if not isinstance(markup, dict) or "inline_keyboard" not in markup:
            return None
        for row in markup["inline_keyboard"]:
            for button in row:
                if len(str(button.get("callback_data", "")).encode()) > 64 or not button.get(
                        "text"):
                    raise ApiError(400, "Bad Request: BUTTON_DATA_INVALID")
        return markup

    def _new_message(self, chat_id: int | str, sender: JSONDict, fields: JSONDict,
                     thread_id: int | None = None) -> JSONDict:
        """Store a message in its chat and return it."""
        message = {"message_id": next(self._message_ids[chat_id]), "from": sender,
                   "chat": copy.deepcopy(self._chat(chat_id)), "date": int(time.time()), **fields}
        if thread_id is not None:
            message.update(message_thread_id=thread_id, is_topic_message=True)
        self._messages[chat_id][message["message_id"]] = message
        return message

    def _bot_message(self, params: JSONDict, **fields: Any) -> JSONDict:
        """Store a message sent by the bot."""
        markup = self._inline_markup(params)
        if markup is not None:
            fields["reply_markup"] = markup
        return self._new_message(self._require_chat_id(params), self._bot_user(), fields,
                                 params.get("message_thread_id"))

    def _send_message(self, params: JSONDict) -> JSONDict:
        """sendMessage."""
        text = render_text(str(params.get("text") or ""), params.get("parse_mode"))
        if not text.strip():
            raise ApiError(400, "Bad Request: message text is empty")
        if _utf16_len(text) > 4096:
            raise ApiError(400, "Bad Request: message is too long")
        return self._bot_message(params, text=text)

    def _send_document(self, params: JSONDict) -> JSONDict:
        """sendDocument from an upload or a file_id/URL string."""
        upload, file_id = params.get("document"), f"doc-{next(self._ids)}"
        if isinstance(upload, UploadedFile):
            document = {"file_id": file_id, "file_unique_id": file_id, "file_name": upload.filename,
                        "mime_type": upload.mime_type, "file_size": len(upload.content)}
        elif isinstance(upload, str) and upload:
            document = {"file_id": upload, "file_unique_id": file_id}
        else:
            raise ApiError(400, "Bad Request: there is no document in the request")
        fields: JSONDict = {"document": document}
        if params.get("caption"):
            fields["caption"] = render_text(str(params["caption"]), params.get("parse_mode"))
        return self._bot_message(params, **fields)

    def _stored(self, params: JSONDict, action: str) -> JSONDict:
        """Return the stored message addressed by chat_id and message_id."""
        chats = self._messages.get(self._require_chat_id(params), {})
        message = chats.get(int(params.get("message_id") or 0))
        if message is None:
            raise ApiError(400, f"Bad Request: message to {action} not found")
        return message

    def _edit(self, params: JSONDict, **changes: Any) -> JSONDict | bool:
        """Apply an edit, refusing foreign messages and no-op edits."""
        if params.get("inline_message_id"):
            return True
        message = self._stored(params, "edit")
        if message["from"]["id"] != self.bot_id:
            raise ApiError(400, "Bad Request: message can't be edited")
        changes["reply_markup"] = self._inline_markup(params)
        if all(message.get(key) == value for key, value in changes.items()):
            raise ApiError(400, NOT_MODIFIED)
        message.update(changes, edit_date=int(time.time()))
        if changes["reply_markup"] is None:
            del message["reply_markup"]
        return message

    def _edit_message_text(self, params: JSONDict) -> JSONDict | bool:
        """editMessageText (an omitted reply_markup removes the keyboard, as on Telegram)."""
        text = render_text(str(params.get("text") or ""), params.get("parse_mode"))
        if not text.strip():
            raise ApiError(400, "Bad Request: message text is empty")
        if not params.get("inline_message_id") and "text" not in self._stored(params, "edit"):
            raise ApiError(400, "Bad Request: there is no text in the message to edit")
        return self._edit(params, text=text)

    def _edit_reply_markup(self, params: JSONDict) -> JSONDict | bool:
        """editMessageReplyMarkup."""
        return self._edit(params)

    def _answer_callback_query(self, params: JSONDict) -> bool:
        """answerCallbackQuery for a query this emulator issued and nobody answered yet."""
        query_id = str(params.get("callback_query_id") or "")
        if query_id not in self._open_queries:
            raise ApiError(400, "Bad Request: query is too old and response timeout expired or"
                                " query ID is invalid")
        self._open_queries.discard(query_id)
        return True

    def _delete_message(self, params: JSONDict) -> bool:
        """deleteMessage."""
        message = self._stored(params, "delete")
        del self._messages[message["chat"]["id"]][message["message_id"]]
        return True

    def _user(self, user_id: int) -> JSONDict:
        """Return a known user or a plausible stranger."""
        if user_id == self.bot_id:
            return self._bot_user()
        return self._users.get(user_id, {"id": user_id, "is_bot": False, "first_name": "User"})

    def _member(self, chat_id: int | str, user_id: int) -> JSONDict:
        """Return a ChatMember for the user's role in the chat."""
        user = self._user(user_id)
        if self._creators.get(chat_id) == user_id:
            return {"status": "creator", "user": user, "is_anonymous": False}
        if user_id in self._admins.get(chat_id, ()):
            return {"status": "administrator", "user": user, "can_be_edited": False,
                    "is_anonymous": False, **ADMIN_RIGHTS}
        return {"status": "member", "user": user}

    def _get_chat_member(self, params: JSONDict) -> JSONDict:
        """getChatMember."""
        return self._member(self._require_chat_id(params), int(params.get("user_id") or 0))

    def _get_chat_administrators(self, params: JSONDict) -> list[JSONDict]:
        """getChatAdministrators."""
        chat_id = self._require_chat_id(params)
        if self._chat(chat_id)["type"] == "private":
            raise ApiError(400, "Bad Request: there are no administrators in the private chat")
        creator = [self._creators[chat_id]] if chat_id in self._creators else []
        return [self._member(chat_id, uid) for uid in creator + self._admins.get(chat_id, [])]

    def _get_chat(self, params: JSONDict) -> JSONDict:
        """getChat (a ChatFullInfo)."""
        gifts = dict.fromkeys(("unlimited_gifts", "limited_gifts", "unique_gifts",
                               "premium_subscription", "gifts_from_channels"), False)
        return {**self._chat(self._require_chat_id(params)), "accent_color_id": 0,
                "max_reaction_count": 11, "accepted_gift_types": gifts}

    def push_update(self, update: JSONDict) -> JSONDict:
        """Queue a raw update, filling in update_id, and wake long polls."""
        with self._cond:
            stored = {**copy.deepcopy(update), "update_id": next(self._update_ids)}
            self._updates.append(stored)
            self._cond.notify_all()
            return copy.deepcopy(stored)

    def add_chat(self, chat_id: int, chat_type: str = "supergroup", *, title: str = "Test Group",
                 is_forum: bool = False, username: str | None = None) -> JSONDict:
        """Register a group, supergroup or channel."""
        chat: JSONDict = {"id": chat_id, "type": chat_type, "title": title}
        if is_forum:
            chat["is_forum"] = True
        if username:
            chat["username"] = username
        with self._cond:
            self._chats[chat_id] = chat
        return dict(chat)

    def user_sends_message(
        self, user_id: int, *, chat_id: int | None = None, chat_type: str = "private",
        first_name: str = "Test", username: str | None = None, language_code: str = "en",
        message_thread_id: int | None = None, chat_title: str | None = None, **fields: Any,
    ) -> JSONDict:
        """Queue a `message` update from a user carrying arbitrary message fields."""
        user: JSONDict = {"id": user_id, "is_bot": False, "first_name": first_name,
                          "language_code": language_code}
        if username:
            user["username"] = username
        target = user_id if chat_id is None else chat_id
        with self._cond:
            self._users[user_id] = user
            if chat_type == "private":
                private = {"id": target, "type": "private", "first_name": first_name}
                self._chats[target] = {**private, **({"username": username} if username else {})}
            elif target not in self._chats or chat_title:
                forum = chat_type == "supergroup" and message_thread_id is not None
                self.add_chat(target, chat_type, title=chat_title or "Test Group", is_forum=forum)
            message = self._new_message(target, user, fields, message_thread_id)
            return self.push_update({"message": message})

    def user_sends(
        self, user_id: int, text: str, *, chat_id: int | None = None, chat_type: str = "private",
        first_name: str = "Test", username: str | None = None, language_code: str = "en",
        message_thread_id: int | None = None, chat_title: str | None = None,
    ) -> JSONDict:
        """Queue a text message; a leading /command gets its bot_command entity."""
        fields: JSONDict = {"text": text}
        if text.startswith("/"):
            command = text.split(maxsplit=1)[0]
            fields["entities"] = [{"type": "bot_command", "offset": 0,
                                   "length": _utf16_len(command)}]
        return self.user_sends_message(
            user_id, chat_id=chat_id, chat_type=chat_type, first_name=first_name,
            username=username, language_code=language_code,
            message_thread_id=message_thread_id, chat_title=chat_title, **fields)

    def user_sends_sticker(self, user_id: int, emoji: str = "👍", **options: Any) -> JSONDict:
        """Queue a sticker message."""
        file_id = f"sticker-{next(self._ids)}"
        sticker = {"file_id": file_id, "file_unique_id": file_id, "width": 512, "height": 512,
                   "is_animated": False, "is_video": False, "type": "regular", "emoji": emoji}
        return self.user_sends_message(user_id, sticker=sticker, **options)

    def store_file(self, data: bytes, extension: str, declared_size: int | None = None
                   ) -> tuple[str, int]:
        """Keep a user's upload as Telegram does; (file id, size it declares: real by default)."""
        file_id = f"file-{next(self._ids)}"
        size = len(data) if declared_size is None else declared_size
        with self._cond:
            self._files[file_id] = (f"photos/{file_id}.{extension}", data, size)
        return file_id, size

    def user_sends_photo(self, user_id: int, data: bytes, *, caption: str | None = None,
                         width: int = 720, height: int = 1280, declared_size: int | None = None,
                         **options: Any) -> JSONDict:
        """Queue a photo: a thumbnail and the full size, as Telegram sends a compressed one."""
        thumb_id, thumb_size = self.store_file(data[:1024], "jpg")
        file_id, size = self.store_file(data, "jpg", declared_size)
        photo = [{"file_id": thumb_id, "file_unique_id": thumb_id, "width": 90,
                  "height": 160, "file_size": thumb_size},
                 {"file_id": file_id, "file_unique_id": file_id, "width": width,
                  "height": height, "file_size": size}]
        fields: JSONDict = {"photo": photo, **({"caption": caption} if caption else {})}
        return self.user_sends_message(user_id, **fields, **options)

    def user_sends_file(self, user_id: int, data: bytes, file_name: str, mime_type: str, *,
                        caption: str | None = None, **options: Any) -> JSONDict:
        """Queue a document (an image sent as a file keeps its bytes and name)."""
        file_id, size = self.store_file(data, file_name.rsplit(".", 1)[-1])
        document = {"file_id": file_id, "file_unique_id": file_id, "file_name": file_name,
                    "mime_type": mime_type, "file_size": size}
        fields: JSONDict = {"document": document, **({"caption": caption} if caption else {})}
        return self.user_sends_message(user_id, **fields, **options)

    def _get_file(self, params: JSONDict) -> JSONDict:
        """getFile: the path to download a stored file from (bots may fetch up to 20 MB)."""
        stored = self._files.get(str(params.get("file_id", "")))
        if stored is None:
            raise ApiError(400, "Bad Request: invalid file_id")
        path, _data, size = stored
        if size > 20 * 1024 * 1024:
            raise ApiError(400, "Bad Request: file is too big")
        file_id = str(params["file_id"])
        return {"file_id": file_id, "file_unique_id": file_id, "file_size": size,
                "file_path": path}

    def file_content(self, token: str, path: str) -> bytes | None:
        """The bytes at `/file/bot{token}/{path}`, or None (wrong token or no such file)."""
        if token != self.token:
            return None
        with self._cond:
            return next((data for p, data, _s in self._files.values() if p == path), None)

    def user_clicks(self, user_id: int, message_id: int, data: str, *,
                    chat_id: int | None = None) -> JSONDict:
        """Queue a callback_query for a stored message (as it currently looks)."""
        target = user_id if chat_id is None else chat_id
        with self._cond:
            message = self._messages.get(target, {}).get(message_id)
            if message is None:
                raise AssertionError(f"no message {message_id} in chat {target}")
            query_id = str(next(self._ids))
            self._open_queries.add(query_id)
            return self.push_update({"callback_query": {
                "id": query_id, "from": self._user(user_id), "message": message,
                "chat_instance": f"ci{target}", "data": data}})

    def click_button(self, user_id: int, label: str, *, chat_id: int | None = None) -> JSONDict:
        """Click the button containing `label` on the newest bot message that has one."""
        target = user_id if chat_id is None else chat_id
        with self._cond:
            seen: list[str] = []
            for message in reversed(self.messages(target)):
                for row in message.get("reply_markup", {}).get("inline_keyboard", []):
                    for button in row:
                        seen.append(button["text"])
                        if label in button["text"] and "callback_data" in button:
                            return self.user_clicks(user_id, message["message_id"],
                                                    button["callback_data"], chat_id=target)
        raise AssertionError(f"no button containing {label!r} in chat {target}; saw {seen}")

    @property
    def calls(self) -> list[Call]:
        """Return a snapshot of every recorded call."""
        with self._cond:
            return list(self._calls)

    def calls_of(self, method: str) -> list[Call]:
        """Return the recorded calls of one method."""
        return [call for call in self.calls if call.method.lower() == method.lower()]

    def mark(self) -> int:
        """Return the current call count, for `since=` in the wait helpers."""
        with self._cond:
            return len(self._calls)

    def messages(self, chat_id: int | str) -> list[JSONDict]:
        """Return the bot's live messages in a chat, oldest first, as edited."""
        with self._cond:
            stored = self._messages.get(chat_id, {}).values()
            return [copy.deepcopy(m) for m in stored if m["from"]["id"] == self.bot_id]

    def last_text(self, chat_id: int | str) -> str | None:
        """Return the text (or caption) of the bot's newest message in a chat."""
        found = self.messages(chat_id)
        return (found[-1].get("text") or found[-1].get("caption")) if found else None

    def my_commands(self, scope: JSONDict | None = None, language_code: str = "") -> list[JSONDict]:
        """Return the commands set for a scope and language."""
        with self._cond:
            key = self._commands_key({"scope": scope, "language_code": language_code})
            return copy.deepcopy(self._commands.get(key, []))

    def wait_for(self, predicate: Callable[[Call], bool], timeout: float = 10.0, *,
                 since: int = 0) -> Call:
        """Block until a call recorded at index >= since satisfies predicate, and return it."""
        deadline = time.monotonic() + timeout
        with self._cond:
            checked = since
            while True:
                for call in self._calls[checked:]:
                    if predicate(call):
                        return call
                checked = len(self._calls)
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    recent = [c.summary() for c in self._calls if c.method != "getUpdates"]
                    raise AssertionError(f"no matching call within {timeout}s; recent calls:\n  "
                                         + "\n  ".join(recent[-15:] or ["(none)"]))
                self._cond.wait(remaining)

    def wait_for_text(self, chat_id: int | str, substring: str, timeout: float = 10.0, *,
                      since: int = 0) -> Call:
        """Wait for a successful sendMessage/editMessageText to chat_id containing substring."""
        def matches(call: Call) -> bool:
            shown = call.result.get("text", "") if isinstance(call.result, dict) else ""
            return (call.ok and call.method in ("sendMessage", "editMessageText")
                    and call.params.get("chat_id") == chat_id
                    and (substring in call.text or substring in shown))
        return self.wait_for(matches, timeout, since=since)

    def wait_until_polling(self, timeout: float = 10.0) -> None:
        """Block until a getUpdates long poll is parked waiting for updates."""
        with self._cond:
            if not self._cond.wait_for(lambda: self._polling > 0, timeout):
                raise AssertionError(f"nobody called getUpdates within {timeout}s")

    def pick_fault(self, method: str) -> str | None:
        """The fault this HTTP call meets (None for most), drawn with `fault_rate`."""
        name = method.lower()
        if not self.fault_rate or name in UNFAULTED:
            return None
        with self._cond:
            if self._random.random() >= self.fault_rate:
                return None
            options = [f for f in self.faults if f != "400_expected" or name in EXPECTED_400]
            if not options:
                return None
            fault = self._random.choice(options)
            self.injected[fault] += 1
            return fault

    def push_poison(self, kind: str = "poll_answer") -> JSONDict:
        """Queue an update the bot's library cannot parse (see POISON)."""
        return self.push_update(POISON[kind])

    def user_edits(self, user_id: int, message_id: int, text: str) -> JSONDict:
        """Queue an `edited_message` update: the user changed an earlier message's text."""
        with self._cond:
            message = self._messages.get(user_id, {}).get(message_id)
            if message is None:
                raise AssertionError(f"no message {message_id} in chat {user_id}")
            message.update(text=text, edit_date=int(time.time()))
            return self.push_update({"edited_message": copy.deepcopy(message)})

    def fail_next(self, method: str, error_code: int, description: str, *,
                  retry_after: int | None = None, times: int = 1,
                  chat_id: int | str | None = None) -> None:
        """Make the next `times` calls of method (to chat_id, if given) fail this way."""
        if error_code == 429 and retry_after is None:
            retry_after = 1  # Telegram always says when to retry; PTB needs it for RetryAfter.
        with self._cond:
            self._faults.append(_Fault(method, error_code, description, retry_after, times,
                                       chat_id))

    def block_user(self, chat_id: int | str) -> None:
        """Make every send to the chat fail with 403 as if the user blocked the bot."""
        with self._cond:
            self._blocked.add(chat_id)

    def unblock_user(self, chat_id: int | str) -> None:
        """Undo block_user."""
        with self._cond:
            self._blocked.discard(chat_id)

    def set_chat_admins(self, chat_id: int, user_ids: Iterable[int], *,
                        creator_id: int | None = None) -> None:
        """Set who getChatMember/getChatAdministrators report as administrators and creator."""
        with self._cond:
            self._admins[chat_id] = [uid for uid in user_ids if uid != creator_id]
            if creator_id is not None:
                self._creators[chat_id] = creator_id


class _Server(ThreadingHTTPServer):
    """A threading server with a listen backlog deep enough for hundreds of connections."""

    request_queue_size = 1024
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client killed mid-call (kill -9 in a test) is not the emulator's error."""
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


class _Handler(BaseHTTPRequestHandler):
    """Routes ``/bot{token}/{method}`` to the emulator over keep-alive connections."""

    protocol_version = "HTTP/1.1"  # keep-alive, as api.telegram.org

    def setup(self) -> None:
        """Send small answers at once (no Nagle delay), as a real server does."""
        super().setup()
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def _reset(self) -> None:
        """Break the connection with a TCP reset, no answer."""
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.close_connection = True

    def do_POST(self) -> None:
        """Handle any API call (after the latency, maybe meeting an injected fault)."""
        emulator: BotApiEmulator = self.server.emulator  # type: ignore[attr-defined]
        url = urlsplit(self.path)
        if url.path.startswith("/file/bot"):
            self._send_file(emulator, url.path)
            return
        route = re.fullmatch(r"/bot([^/]*)/(\w+)", url.path)
        fault = None
        try:
            raw: JSONDict = dict(parse_qsl(url.query, keep_blank_values=True))
            raw.update(self._read_body())
            if route is None:
                raise ApiError(404, "Not Found")
        except ApiError as err:
            status, body = err.code, err.payload()
        except (ValueError, UnicodeDecodeError) as exc:
            status, body = 400, ApiError(400, f"Bad Request: invalid body: {exc}").payload()
        else:
            method = route[2]
            # Half the latency on the way in, half on the way out, as over a network.
            delay = emulator.latency / 2 if method.lower() != "getupdates" else 0.0
            if delay:
                time.sleep(delay)
            fault = emulator.pick_fault(method)
            if fault in ("reset_before", "timeout"):
                if fault == "timeout":  # longer than the client waits; then nothing
                    time.sleep(emulator.timeout_delay)
                self._reset()
                return
            if fault in ("429", "500", "502", "400_expected"):
                error = {"429": ApiError(429, "Too Many Requests: retry after 1", 1),
                         "500": ApiError(500, "Internal Server Error"),
                         "502": ApiError(502, "Bad Gateway"),
                         "400_expected": ApiError(400, EXPECTED_400.get(method.lower(), ""))}
                status, body = error[fault].code, error[fault].payload()
            else:
                status, body = emulator.dispatch(route[1], method, raw)
            if fault == "reset_after":  # Telegram acted, the answer is lost
                self._reset()
                return
            if delay:
                time.sleep(delay)
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        # A client may hang up on a parked long poll (bot shutdown); that is not an error.
        with suppress(ConnectionError):
            self.wfile.write(data)

    do_GET = do_POST

    def _send_file(self, emulator: BotApiEmulator, path: str) -> None:
        """The file download route, ``/file/bot{token}/{file_path}``."""
        token, _sep, file_path = unquote(path.removeprefix("/file/bot")).partition("/")
        data = emulator.file_content(token, file_path)
        self.send_response(200 if data is not None else 404)
        self.send_header("Content-Length", str(len(data or b"")))
        self.end_headers()
        with suppress(ConnectionError):
            self.wfile.write(data or b"")

    def _read_body(self) -> JSONDict:
        """Read and parse a urlencoded, multipart or JSON body."""
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        content_type = self.headers.get("Content-Type", "")
        if not body:
            return {}
        if content_type.startswith("application/json"):
            return dict(json.loads(body))
        if content_type.startswith("multipart/form-data"):
            return _parse_multipart(content_type, body)
        return dict(parse_qsl(body.decode(), keep_blank_values=True))

    def log_message(self, format: str, *args: Any) -> None:
        """Stay quiet; calls are recorded instead."""


def _parse_multipart(content_type: str, body: bytes) -> JSONDict:
    """Parse multipart/form-data into strings and UploadedFile values."""
    head = f"Content-Type: {content_type}\r\nMIME-Version: 1.0\r\n\r\n".encode()
    message = BytesParser(policy=policy.HTTP).parsebytes(head + body)
    fields: JSONDict = {}
    for part in message.walk():
        name = part.get_param("name", header="content-disposition")
        if part.is_multipart() or not isinstance(name, str):
            continue
        payload = part.get_payload(decode=True)
        content = payload if isinstance(payload, bytes) else b""
        filename = part.get_filename()
        fields[name] = (content.decode() if filename is None
                        else UploadedFile(filename, part.get_content_type(), content))
    return fields


def main(argv: list[str] | None = None) -> None:
    """Serve the emulator until interrupted."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, default=8081)
    parser.add_argument("--token", default=STANDALONE_TOKEN)
    parser.add_argument("--username", default=DEFAULT_USERNAME)
    parser.add_argument("--enforce-limits", action="store_true")
    args = parser.parse_args(argv)
    emulator = BotApiEmulator(args.token, username=args.username, port=args.port,
                              enforce_limits=args.enforce_limits).start()
    print(f"Bot API emulator at {emulator.url} (token {emulator.token})", flush=True)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        emulator.stop()


if __name__ == "__main__":
    main()
