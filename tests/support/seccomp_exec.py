"""Run a command under the seccomp filter a systemd unit's `SystemCallFilter=` lines describe.

    /usr/bin/python3 tests/support/seccomp_exec.py UNIT_FILE -- COMMAND [ARGS...]

Run by Debian's /usr/bin/python3, which has libseccomp's bindings (python3-seccomp); the
filter survives exec, so COMMAND (any interpreter) runs as systemd would run it. Stdlib and
`seccomp` only: this file never imports the bot. Group contents come from
`systemd-analyze syscall-filter`, which needs no running systemd. The semantics follow
systemd 252 (src/core/load-fragment.c, config_parse_syscall_filter; execute.c):
- the first assignment decides: `~` makes a deny list (default allow), else an allow list
  (default deny, @default added implicitly);
- later assignments add to the list when they agree with its kind, remove when they do not;
- `name:ERRNO` gives one entry its own errno; a denied call otherwise returns
  `SystemCallErrorNumber=` or, without it, kills the process (SIGSYS, exit status 159);
- an empty assignment resets the list.
"""

from __future__ import annotations

import errno
import os
import subprocess
import sys

import seccomp

KILL = "kill"


def groups() -> dict[str, list[str]]:
    """Every `@group` systemd knows, with its members (syscalls and nested groups)."""
    out = subprocess.run(["systemd-analyze", "syscall-filter"], capture_output=True,
                         text=True, check=True).stdout
    found: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in out.splitlines():
        if line.startswith("@"):
            current = found.setdefault(line.split()[0], [])
        elif not line.strip() or not line.startswith(" "):
            current = None  # a blank line or the trailing "# Ungrouped ..." notes
        elif current is not None and not line.strip().startswith("#"):
            current.append(line.split()[0])
    return found


def expand(name: str, known: dict[str, list[str]]) -> set[str]:
    """A syscall name, or a group's syscalls with nested groups resolved."""
    if not name.startswith("@"):
        return {name}
    if name not in known:
        raise SystemExit(f"seccomp_exec: unknown syscall group {name}")
    return set().union(*(expand(member, known) for member in known[name]))


def errno_value(text: str) -> int | str:
    """An errno name or number, or `kill`."""
    if text.lower() == KILL:
        return KILL
    return int(text) if text.isdigit() else int(getattr(errno, text))


def unit_settings(path: str) -> tuple[list[str], str | None]:
    """The unit's `SystemCallFilter=` values in order, and its `SystemCallErrorNumber=`."""
    filters: list[str] = []
    error_number = None
    with open(path, encoding="utf-8") as unit:
        for raw in unit:
            line = raw.strip()
            if line.startswith(("#", ";")) or "=" not in line:
                continue
            key, value = (part.strip() for part in line.split("=", 1))
            if key == "SystemCallFilter":
                filters.append(value)
            elif key == "SystemCallErrorNumber":
                error_number = value or None
    return filters, error_number


def build(filters: list[str], known: dict[str, list[str]]) -> tuple[bool, dict[str, int | None]]:
    """Apply the assignments in order: (allow list?, syscall -> its own errno or None)."""
    allow_list: bool | None = None
    entries: dict[str, int | None] = {}
    for value in filters:
        if not value:
            allow_list, entries = None, {}
            continue
        invert = value.startswith("~")
        if allow_list is None:
            allow_list = not invert
            if allow_list:
                entries.update(dict.fromkeys(expand("@default", known)))
        for word in value.lstrip("~").split():
            name, _, own = word.partition(":")
            own_errno = errno_value(own) if own else None
            for call in expand(name, known):
                if invert != allow_list:  # agrees with the list's kind: add
                    entries[call] = own_errno if isinstance(own_errno, int) else None
                else:
                    entries.pop(call, None)
    return bool(allow_list), entries


def resolvable(call: str) -> bool:
    """Whether libseccomp knows the syscall on this architecture (systemd skips the rest)."""
    try:
        return seccomp.resolve_syscall(seccomp.Arch.NATIVE, call) >= 0
    except (ValueError, RuntimeError):
        return False


def load(unit: str) -> None:
    """Build the unit's filter and load it into this process (inherited across exec)."""
    filters, error_number = unit_settings(unit)
    if not filters:
        return
    allow_list, entries = build(filters, groups())
    denied_errno = errno_value(error_number) if error_number else KILL
    deny = seccomp.KILL_PROCESS if denied_errno == KILL else seccomp.ERRNO(denied_errno)
    filt = seccomp.SyscallFilter(defaction=deny if allow_list else seccomp.ALLOW)
    for call, own in sorted(entries.items()):
        if not resolvable(call):
            continue
        if allow_list:
            action = seccomp.ALLOW if own is None else seccomp.ERRNO(own)
        else:
            action = deny if own is None else seccomp.ERRNO(own)
        filt.add_rule(action, call)
    filt.load()


def main(argv: list[str]) -> None:
    """`UNIT -- COMMAND...`: load the filter, then become the command."""
    if len(argv) < 3 or argv[1] != "--":
        raise SystemExit(__doc__)
    load(argv[0])
    os.execvp(argv[2], argv[2:])


if __name__ == "__main__":
    main(sys.argv[1:])
