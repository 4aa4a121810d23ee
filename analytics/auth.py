"""Editors of the dashboard: who may import and undo data, and how they prove it.

- Editors live in a small TOML file OUTSIDE git: `$INOVASI_EDITORS`, else `.streamlit/editors.toml`
  (git-ignored). Only an Argon2id hash of each password is stored (argon2-cffi's PasswordHasher
  with its default, OWASP-recommended parameters), never the password.
- `add_editor()` is used by `python -m analytics editor add NAME`; nothing in the dashboard can
  create an editor, so a viewer cannot make themselves one.
- `Throttle` slows down guessing, counted in three ways:
  * per user name AND client address: after FREE_ATTEMPTS wrong passwords for one name from one
    address, every further attempt for that name from that address waits 2, 4, 8, ... seconds (at
    most MAX_DELAY, 15 minutes) after the last failure. A stranger who knows an editor's name
    therefore slows only their own address; the editor signs in from theirs.
  * per client address, any name: after ADDRESS_FREE_ATTEMPTS wrong passwords from one address the
    same waits apply to every name tried from it, so spraying many names does not escape them.
    An IPv6 client counts as its /64 network (one office or household gets a whole /64); a client
    without a known address (`None`: the dashboard on localhost, or behind a proxy that does not
    pass the client's address) shares one bucket.
  * a ceiling for the whole process: at most CHECKS_PER_MINUTE password checks in any 60 seconds
    and CONCURRENT_CHECKS at the same moment, because every check is an Argon2 hash of 64 MiB.
    Beyond it an attempt is refused without hashing. During a flood editors wait too; that is the
    price of a server that stays up.
  An attempt inside a wait is refused without checking the password. A counter without a failure
  for FORGET_AFTER starts again from zero, each table keeps at most MAX_ENTRIES keys (the oldest go
  first) and a name counts by its first MAX_NAME_KEY characters, so memory stays bounded whatever
  is sprayed. The state is kept IN THE PROCESS (the dashboard is one long-running process and the
  only place passwords are checked); a restart clears it, which is acceptable for an intranet
  dashboard and avoids a writable state file next to the password hashes. The clock is injectable
  so tests need no sleeping.
- An unknown user name costs one hash verification too (against a dummy hash), so response time
  does not tell which names exist. The dummy hash is made on first use, not at import, so CLI
  commands that never check a password do not pay for it.
"""

from __future__ import annotations

import datetime as dt
import functools
import ipaddress
import math
import os
import re
import threading
import time
import tomllib
from collections import OrderedDict, deque
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import tomli_w
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from analytics.db import PROJECT_ROOT
from analytics.files import write_atomically
from analytics.text import t

ENV_EDITORS = "INOVASI_EDITORS"
DEFAULT_EDITORS = PROJECT_ROOT / ".streamlit" / "editors.toml"
USERNAME = re.compile(r"[a-z0-9][a-z0-9._-]{1,31}")
MIN_PASSWORD = 10
FREE_ATTEMPTS = 3  # wrong passwords for one name from one address before the waits begin
# higher than FREE_ATTEMPTS: a few editors in one office may each mistype before anyone is slowed
ADDRESS_FREE_ATTEMPTS = 10
MAX_DELAY = 15 * 60.0
FORGET_AFTER = 60 * 60.0  # longer than MAX_DELAY, so waiting out a counter never beats the delays
# A handful of editors never come near 30 checks a minute; two at once keeps the hashes' memory
# at 128 MiB on the two-core server.
CHECKS_PER_MINUTE = 30
CONCURRENT_CHECKS = 2
MAX_ENTRIES = 10_000
MAX_NAME_KEY = 64  # longer than any valid name (32); a megabyte "name" must not cost a megabyte
UNKNOWN_ADDRESS = "tanpa-alamat"

_hasher = PasswordHasher()


class AuthError(Exception):
    """A problem with the editors file or an editor command; message in Bahasa Indonesia."""


def editors_path(path: str | os.PathLike[str] | None = None) -> Path:
    """The editors file: the argument, else $INOVASI_EDITORS, else .streamlit/editors.toml."""
    chosen = path or os.environ.get(ENV_EDITORS) or DEFAULT_EDITORS
    return Path(chosen).expanduser().resolve()


def normalise_username(name: str) -> str:
    return name.strip().lower()


def load_editors(path: str | os.PathLike[str] | None = None) -> dict[str, dict[str, str]]:
    """Editor name -> {hash, created_at}; empty when the file does not exist."""
    p = editors_path(path)
    if not p.is_file():
        return {}
    try:
        data = tomllib.loads(p.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise AuthError(t("auth.file_bad", path=p, reason=str(exc).splitlines()[0])) from exc
    editors = data.get("editors", {})
    if not isinstance(editors, dict):
        raise AuthError(t("auth.file_bad", path=p, reason="[editors] bukan tabel"))
    return {
        str(name): {"hash": str(entry.get("hash", "")), "created_at": str(entry.get("created_at", ""))}
        for name, entry in editors.items()
        if isinstance(entry, dict)
    }


EDITORS_FILE_HEADER = (
    "# Editors of Dasbor Inovasi Daerah. Written by `python -m analytics editor`; keep out of git.\n"
    "# Only Argon2id hashes are stored, never passwords.\n"
    "\n"
)


def _save_editors(editors: dict[str, dict[str, str]], path: str | os.PathLike[str] | None) -> Path:
    """Write the file atomically, readable only by its owner (it holds password hashes)."""
    p = editors_path(path)
    table = {
        name: {"hash": editors[name]["hash"], "created_at": editors[name]["created_at"]}
        for name in sorted(editors)
    }
    text = EDITORS_FILE_HEADER + tomli_w.dumps({"editors": table})
    try:
        p.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(p, text, mode=0o600)
    except OSError as exc:
        raise AuthError(t("auth.file_unwritable", path=p, reason=exc.strerror or str(exc))) from exc
    return p


def add_editor(
    name: str, password: str, *, path: str | os.PathLike[str] | None = None, replace: bool = False
) -> Path:
    """Add an editor (or, with `replace`, set a new password); returns the editors file."""
    user = normalise_username(name)
    if not USERNAME.fullmatch(user):
        raise AuthError(t("auth.bad_username", name=name))
    if len(password) < MIN_PASSWORD:
        raise AuthError(t("auth.weak_password", n=MIN_PASSWORD))
    if password.strip() != password or password.lower() == user:
        raise AuthError(t("auth.weak_password", n=MIN_PASSWORD))
    editors = load_editors(path)
    if user in editors and not replace:
        raise AuthError(t("auth.exists", name=user))
    editors[user] = {
        "hash": _hasher.hash(password),
        "created_at": dt.datetime.now().replace(microsecond=0).isoformat(),
    }
    return _save_editors(editors, path)


def remove_editor(name: str, *, path: str | os.PathLike[str] | None = None) -> Path:
    user = normalise_username(name)
    editors = load_editors(path)
    if user not in editors:
        raise AuthError(t("auth.unknown", name=user))
    del editors[user]
    return _save_editors(editors, path)


@dataclass(frozen=True)
class SignIn:
    """The outcome of one sign-in attempt."""

    ok: bool
    user: str | None
    message: str
    retry_after: float = 0.0


def client_bucket(address: str | None) -> str:
    """The throttle's key for a client address (see the module docstring)."""
    if not address:
        return UNKNOWN_ADDRESS
    try:
        ip = ipaddress.ip_address(address.strip())
    except ValueError:
        return UNKNOWN_ADDRESS
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped:
            return str(ip.ipv4_mapped)
        return str(ipaddress.IPv6Network((int(ip) >> 64 << 64, 64)))
    return str(ip)


class Throttle:
    """Waits after wrong passwords and a ceiling on password checks (in-process, thread-safe)."""

    def __init__(
        self,
        *,
        free_attempts: int = FREE_ATTEMPTS,
        address_free_attempts: int = ADDRESS_FREE_ATTEMPTS,
        max_delay: float = MAX_DELAY,
        forget_after: float = FORGET_AFTER,
        checks_per_minute: int = CHECKS_PER_MINUTE,
        concurrent_checks: int = CONCURRENT_CHECKS,
        max_entries: int = MAX_ENTRIES,
        clock: Callable[[], float] = time.monotonic,
    ):
        self.free_attempts = free_attempts
        self.address_free_attempts = address_free_attempts
        self.max_delay = max_delay
        self.forget_after = forget_after
        self.checks_per_minute = checks_per_minute
        self.concurrent_checks = concurrent_checks
        self.max_entries = max_entries
        self.clock = clock
        # key -> (wrong passwords, clock time of the last one), least recently failed first
        self._by_name: OrderedDict[tuple[str, str], tuple[int, float]] = OrderedDict()
        self._by_address: OrderedDict[str, tuple[int, float]] = OrderedDict()
        self._checks: deque[float] = deque()  # start times of the checks in the last minute
        self._running = 0
        self._lock = threading.Lock()

    def _wait(self, table: OrderedDict, key: object, free: int, now: float) -> float:
        count, last = table.get(key, (0, 0.0))
        if count < free or now - last >= self.forget_after:
            return 0.0
        delay = min(self.max_delay, 2.0 ** (count - free + 1))
        return max(0.0, last + delay - now)

    def _count(self, table: OrderedDict, key: object, now: float) -> None:
        count, last = table.pop(key, (0, now))
        if now - last >= self.forget_after:
            count = 0
        table[key] = (count + 1, now)
        while len(table) > self.max_entries:
            table.popitem(last=False)

    def wait_left(self, user: str, address: str | None) -> float:
        """Seconds before `user` may try again from `address` (0 = now)."""
        bucket, now = client_bucket(address), self.clock()
        with self._lock:
            return max(
                self._wait(self._by_name, (user[:MAX_NAME_KEY], bucket), self.free_attempts, now),
                self._wait(self._by_address, bucket, self.address_free_attempts, now),
            )

    def failed(self, user: str, address: str | None) -> None:
        bucket, now = client_bucket(address), self.clock()
        with self._lock:
            self._count(self._by_name, (user[:MAX_NAME_KEY], bucket), now)
            self._count(self._by_address, bucket, now)

    def succeeded(self, user: str, address: str | None) -> None:
        # the address's count stays: a right password for one name says nothing about the others
        with self._lock:
            self._by_name.pop((user[:MAX_NAME_KEY], client_bucket(address)), None)

    def start_check(self) -> float:
        """Reserve one password check: 0 when it may run now (call `finish_check` after it), else
        the seconds to wait, with nothing reserved."""
        now = self.clock()
        with self._lock:
            while self._checks and self._checks[0] <= now - 60.0:
                self._checks.popleft()
            if len(self._checks) >= self.checks_per_minute:
                return self._checks[0] + 60.0 - now
            if self._running >= self.concurrent_checks:
                return 1.0  # a check takes a fraction of a second
            self._checks.append(now)
            self._running += 1
            return 0.0

    def finish_check(self) -> None:
        with self._lock:
            self._running -= 1


THROTTLE = Throttle()


@functools.cache
def _dummy_hash() -> str:
    return _hasher.hash("bukan-kata-sandi-siapa-pun")


def sign_in(
    name: str,
    password: str,
    *,
    address: str | None = None,
    path: str | os.PathLike[str] | None = None,
    throttle: Throttle = THROTTLE,
) -> SignIn:
    """Check a user name and password against the editors file, throttled per name and client
    address (`address`: the client's IP address, None when unknown) and for the whole process."""
    user = normalise_username(name)
    wait = throttle.wait_left(user, address)
    if wait > 0:
        return SignIn(False, None, t("auth.wait", seconds=math.ceil(wait)), wait)
    editors = load_editors(path)
    busy = throttle.start_check()
    if busy > 0:
        return SignIn(False, None, t("auth.busy", seconds=math.ceil(busy)), busy)
    try:
        # made for every name (not only unknown ones), so even the first attempt after a start
        # takes as long for a name that exists as for one that does not
        dummy = _dummy_hash()
        stored = editors.get(user, {}).get("hash") or dummy
        try:
            _hasher.verify(stored, password)
            valid = user in editors
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            valid = False
    finally:
        throttle.finish_check()
    if not valid:
        throttle.failed(user, address)
        return SignIn(False, None, t("auth.wrong"), throttle.wait_left(user, address))
    throttle.succeeded(user, address)
    return SignIn(True, user, t("auth.welcome", name=user))


def is_editor(name: str | None, path: str | os.PathLike[str] | None = None) -> bool:
    """Whether `name` is (still) an editor: a removed editor loses access on the next rerun."""
    if not name:
        return False
    try:
        return normalise_username(name) in load_editors(path)
    except AuthError:
        return False


def has_editors(path: str | os.PathLike[str] | None = None) -> bool:
    try:
        return bool(load_editors(path))
    except AuthError:
        return False
