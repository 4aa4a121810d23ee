"""Editors of the dashboard: who may import and undo data, and how they prove it.

- Editors live in a small TOML file OUTSIDE git: `$INOVASI_EDITORS`, else `.streamlit/editors.toml`
  (git-ignored). Only an Argon2id hash of each password is stored (argon2-cffi's PasswordHasher
  with its default, OWASP-recommended parameters), never the password.
- `add_editor()` is used by `python -m analytics editor add NAME`; nothing in the dashboard can
  create an editor, so a viewer cannot make themselves one.
- `Throttle` slows down repeated wrong passwords: after FREE_ATTEMPTS failures for one user name,
  every further attempt must wait 2, 4, 8, ... seconds (at most 15 minutes) after the last
  failure; an attempt inside the wait is refused without checking the password. The state is kept
  IN THE PROCESS (the dashboard is one long-running process and the only place passwords are
  checked); a restart clears it, which is acceptable for an intranet dashboard and avoids a
  writable state file next to the password hashes.
- An unknown user name costs one hash verification too (against a dummy hash), so response time
  does not tell which names exist.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import threading
import time
import tomllib
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from analytics.db import PROJECT_ROOT
from analytics.text import t

ENV_EDITORS = "INOVASI_EDITORS"
DEFAULT_EDITORS = PROJECT_ROOT / ".streamlit" / "editors.toml"
USERNAME = re.compile(r"[a-z0-9][a-z0-9._-]{1,31}")
MIN_PASSWORD = 10
FREE_ATTEMPTS = 3
MAX_DELAY = 15 * 60.0

_hasher = PasswordHasher()
_DUMMY_HASH = _hasher.hash("bukan-kata-sandi-siapa-pun")


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


def _toml_string(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _save_editors(editors: dict[str, dict[str, str]], path: str | os.PathLike[str] | None) -> Path:
    """Write the file atomically, readable only by its owner (it holds password hashes)."""
    p = editors_path(path)
    lines = [
        "# Editors of Dasbor Inovasi Daerah. Written by `python -m analytics editor`; keep out of git.",
        "# Only Argon2id hashes are stored, never passwords.",
        "",
    ]
    for name in sorted(editors):
        entry = editors[name]
        lines += [
            f"[editors.{_toml_string(name)}]",
            f"hash = {_toml_string(entry['hash'])}",
            f"created_at = {_toml_string(entry['created_at'])}",
            "",
        ]
    try:
        p.parent.mkdir(parents=True, exist_ok=True)
        tmp = p.with_name(f".{p.name}.{os.getpid()}.tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write("\n".join(lines))
        os.replace(tmp, p)
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


class Throttle:
    """Per-user-name delay after repeated wrong passwords (in-process, thread-safe)."""

    def __init__(
        self, free_attempts: int = FREE_ATTEMPTS, max_delay: float = MAX_DELAY, max_names: int = 10_000
    ):
        self.free_attempts = free_attempts
        self.max_delay = max_delay
        self.max_names = max_names
        self._failures: OrderedDict[str, tuple[int, float]] = OrderedDict()
        self._lock = threading.Lock()

    def wait_left(self, user: str, now: float | None = None) -> float:
        """Seconds before `user` may try again (0 = now)."""
        now = time.monotonic() if now is None else now
        with self._lock:
            count, last = self._failures.get(user, (0, 0.0))
        if count < self.free_attempts:
            return 0.0
        delay = min(self.max_delay, 2.0 ** (count - self.free_attempts + 1))
        return max(0.0, last + delay - now)

    def failed(self, user: str, now: float | None = None) -> None:
        now = time.monotonic() if now is None else now
        with self._lock:
            count, _ = self._failures.pop(user, (0, 0.0))
            self._failures[user] = (count + 1, now)
            while len(self._failures) > self.max_names:  # bounded memory under a name-spraying attack
                self._failures.popitem(last=False)

    def succeeded(self, user: str) -> None:
        with self._lock:
            self._failures.pop(user, None)


THROTTLE = Throttle()


def sign_in(
    name: str,
    password: str,
    *,
    path: str | os.PathLike[str] | None = None,
    throttle: Throttle = THROTTLE,
) -> SignIn:
    """Check a user name and password against the editors file, with throttling."""
    user = normalise_username(name)
    wait = throttle.wait_left(user)
    if wait > 0:
        return SignIn(False, None, t("auth.wait", seconds=int(wait + 0.999)), wait)
    editors = load_editors(path)
    stored = editors.get(user, {}).get("hash") or _DUMMY_HASH
    try:
        _hasher.verify(stored, password)
        valid = user in editors
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        valid = False
    if not valid:
        throttle.failed(user)
        return SignIn(False, None, t("auth.wrong"), throttle.wait_left(user))
    throttle.succeeded(user)
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
