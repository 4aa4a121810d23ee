"""Editors: only a strong hash is stored, outside git; guessing is slowed per name and address, per
address and for the whole server (on an injected clock, no sleeping); the CLI adds editors."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from argon2.exceptions import VerifyMismatchError

from analytics import auth
from analytics.text import t
from tests.fixtures.cli import run_cli

ROOT = Path(__file__).resolve().parent.parent
PASSWORD = "kata-sandi-rahasia-1"


@pytest.fixture
def editors(tmp_path: Path) -> Path:
    return tmp_path / "editors.toml"


def test_only_an_argon2id_hash_is_stored(editors: Path) -> None:
    auth.add_editor("Budi", PASSWORD, path=editors)
    text = editors.read_text(encoding="utf-8")
    assert PASSWORD not in text
    assert "$argon2id$" in text
    assert stat.S_IMODE(editors.stat().st_mode) == 0o600
    loaded = auth.load_editors(editors)
    assert list(loaded) == ["budi"]
    assert loaded["budi"]["hash"].startswith("$argon2id$")


def test_sign_in(editors: Path) -> None:
    auth.add_editor("budi", PASSWORD, path=editors)
    throttle = auth.Throttle()
    ok = auth.sign_in(" BUDI ", PASSWORD, path=editors, throttle=throttle)
    assert ok.ok and ok.user == "budi"
    assert not auth.sign_in("budi", PASSWORD + "x", path=editors, throttle=throttle).ok
    unknown = auth.sign_in("siti", PASSWORD, path=editors, throttle=throttle)
    assert (
        not unknown.ok
        and unknown.message == auth.sign_in("budi", "salah", path=editors, throttle=throttle).message
    )


class Clock:
    """A clock the test moves by hand, so no test sleeps or depends on timing."""

    def __init__(self, now: float = 1000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


class CountingHasher:
    """Stands in for argon2's PasswordHasher: counts the password checks and is instant."""

    def __init__(self) -> None:
        self.checks = 0

    def hash(self, password: str) -> str:
        return "fake$" + password

    def verify(self, stored: str, password: str) -> bool:
        self.checks += 1
        if stored != "fake$" + password:
            raise VerifyMismatchError
        return True


@pytest.fixture
def hasher(monkeypatch: pytest.MonkeyPatch) -> Iterator[CountingHasher]:
    fake = CountingHasher()
    monkeypatch.setattr(auth, "_hasher", fake)
    auth._dummy_hash.cache_clear()  # made lazily; must come from the same hasher
    yield fake
    auth._dummy_hash.cache_clear()


@pytest.fixture
def budi(editors: Path, hasher: CountingHasher) -> Path:
    auth.add_editor("budi", PASSWORD, path=editors)
    return editors


STRANGER, EDITOR_DESK = "203.0.113.7", "198.51.100.4"


def test_repeated_wrong_passwords_are_slowed_down(budi: Path, hasher: CountingHasher) -> None:
    clock = Clock()
    throttle = auth.Throttle(free_attempts=3, clock=clock)
    for _ in range(3):
        assert not auth.sign_in("budi", "salah", address=STRANGER, path=budi, throttle=throttle).ok
    # now even the right password is refused until the wait is over, without a password check
    refused = auth.sign_in("budi", PASSWORD, address=STRANGER, path=budi, throttle=throttle)
    assert not refused.ok and refused.retry_after == 2.0
    assert refused.message == t("auth.wait", seconds=2)
    assert hasher.checks == 3
    clock.now += 2
    assert auth.sign_in("budi", PASSWORD, address=STRANGER, path=budi, throttle=throttle).ok


def test_a_stranger_cannot_lock_an_editor_out_from_another_address(budi: Path) -> None:
    clock = Clock()
    throttle = auth.Throttle(clock=clock)
    for _ in range(8):  # a patient stranger, who always waits out the delay
        clock.now += throttle.wait_left("budi", STRANGER)
        assert not auth.sign_in("budi", "tebakan", address=STRANGER, path=budi, throttle=throttle).ok
    assert throttle.wait_left("budi", STRANGER) == 64
    # the editor at their own desk, and on the server itself (no address), signs in at once
    assert auth.sign_in("budi", PASSWORD, address=EDITOR_DESK, path=budi, throttle=throttle).ok
    assert auth.sign_in("budi", PASSWORD, address=None, path=budi, throttle=throttle).ok
    # and a right password from the desk does not clear the stranger's wait
    assert throttle.wait_left("budi", STRANGER) == 64


def test_one_address_is_slowed_for_every_name(budi: Path, hasher: CountingHasher) -> None:
    clock = Clock()
    throttle = auth.Throttle(free_attempts=3, address_free_attempts=5, clock=clock)
    for i in range(5):  # one try per name: no name reaches its own limit
        assert not auth.sign_in(f"nama{i}", "tebakan", address=STRANGER, path=budi, throttle=throttle).ok
    assert hasher.checks == 5
    for name in ("budi", "nama-baru", "nama0"):
        refused = auth.sign_in(name, PASSWORD, address=STRANGER, path=budi, throttle=throttle)
        assert not refused.ok and refused.message == t("auth.wait", seconds=2)
    assert hasher.checks == 5
    assert auth.sign_in("budi", PASSWORD, address=EDITOR_DESK, path=budi, throttle=throttle).ok


def test_the_global_ceiling_refuses_without_hashing(budi: Path, hasher: CountingHasher) -> None:
    clock = Clock()
    throttle = auth.Throttle(checks_per_minute=5, clock=clock)
    for i in range(5):  # five names from five addresses: no name or address is slowed
        auth.sign_in(f"nama{i}", "tebakan", address=f"192.0.2.{i}", path=budi, throttle=throttle)
        clock.now += 10
    assert hasher.checks == 5
    # the sixth check within a minute of the first is refused, even the editor's right password
    refused = auth.sign_in("budi", PASSWORD, address=EDITOR_DESK, path=budi, throttle=throttle)
    assert not refused.ok and hasher.checks == 5
    assert refused.retry_after == 10.0 and refused.message == t("auth.busy", seconds=10)
    assert "detik" in refused.message
    clock.now += 10  # the first check is now a minute old
    assert auth.sign_in("budi", PASSWORD, address=EDITOR_DESK, path=budi, throttle=throttle).ok
    assert hasher.checks == 6


def test_at_most_two_password_checks_run_at_once() -> None:
    throttle = auth.Throttle(concurrent_checks=2, clock=Clock())
    assert throttle.start_check() == 0 and throttle.start_check() == 0
    assert throttle.start_check() > 0
    throttle.finish_check()
    assert throttle.start_check() == 0


def test_an_unknown_name_costs_a_check_too(budi: Path, hasher: CountingHasher) -> None:
    throttle = auth.Throttle(clock=Clock())
    unknown = auth.sign_in("siti", PASSWORD, path=budi, throttle=throttle)
    wrong = auth.sign_in("budi", "salah-sekali", path=budi, throttle=throttle)
    assert not unknown.ok and unknown.message == wrong.message == t("auth.wrong")
    assert hasher.checks == 2  # one verification each, the unknown name against the dummy hash


def test_the_delay_grows_exponentially_and_resets_on_success() -> None:
    clock = Clock()
    throttle = auth.Throttle(free_attempts=2, address_free_attempts=100, max_delay=60, clock=clock)
    waits = []
    for _ in range(8):
        throttle.failed("budi", STRANGER)
        waits.append(throttle.wait_left("budi", STRANGER))
        clock.now += 1000
    assert waits[:2] == [0.0, 2.0]
    assert waits[2:5] == [4.0, 8.0, 16.0]
    assert max(waits) == 60
    assert throttle.wait_left("budi", STRANGER) == 0  # waited long enough
    throttle.succeeded("budi", STRANGER)
    throttle.failed("budi", STRANGER)
    assert throttle.wait_left("budi", STRANGER) == 0


def test_counters_are_forgotten_after_a_quiet_hour() -> None:
    clock = Clock()
    throttle = auth.Throttle(free_attempts=2, address_free_attempts=2, forget_after=3600, clock=clock)
    for _ in range(6):
        throttle.failed("budi", STRANGER)
    assert throttle.wait_left("budi", STRANGER) > 0
    clock.now += 3600
    assert throttle.wait_left("budi", STRANGER) == 0
    throttle.failed("budi", STRANGER)  # counts from zero again: still a free attempt
    assert throttle.wait_left("budi", STRANGER) == 0


def test_throttle_memory_is_bounded() -> None:
    clock = Clock()
    throttle = auth.Throttle(max_entries=100, checks_per_minute=30, clock=clock)
    for i in range(1000):
        throttle.failed(f"nama{i}", f"10.0.{i // 256}.{i % 256}")
        if throttle.start_check() == 0:
            throttle.finish_check()
        clock.now += 0.1
    assert len(throttle._by_name) == 100 and len(throttle._by_address) == 100
    assert len(throttle._checks) <= 30
    # the most recent keys are the ones kept
    assert ("nama999", "10.0.3.231") in throttle._by_name
    # and no key grows with what is typed into the name field
    throttle.failed("x" * 1_000_000, STRANGER)
    assert max(len(name) for name, _ in throttle._by_name) <= auth.MAX_NAME_KEY


@pytest.mark.parametrize(
    ("address", "bucket"),
    [
        (None, auth.UNKNOWN_ADDRESS),
        ("", auth.UNKNOWN_ADDRESS),
        ("bukan-alamat", auth.UNKNOWN_ADDRESS),
        ("203.0.113.7", "203.0.113.7"),
        ("::ffff:203.0.113.7", "203.0.113.7"),
        ("2001:db8:1:2:aaaa::1", "2001:db8:1:2::/64"),
        ("2001:db8:1:2:ffff:ffff:ffff:ffff", "2001:db8:1:2::/64"),
        ("2001:db8:1:3::1", "2001:db8:1:3::/64"),
    ],
)
def test_client_buckets(address: str | None, bucket: str) -> None:
    # one IPv6 client holds a whole /64, so it is counted as one address
    assert auth.client_bucket(address) == bucket


def test_no_password_hash_is_made_at_import() -> None:
    # every CLI command imports analytics.auth; an Argon2 hash at import cost each of them 0,1–0,7 s
    code = (
        "import argon2\n"
        "calls = []\n"
        "argon2.PasswordHasher.hash = lambda self, *a, **k: calls.append(a)\n"
        "from analytics.__main__ import build_parser\n"
        "build_parser()\n"
        "import analytics.auth\n"
        "print('hashes', len(calls))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "hashes 0"


@pytest.mark.parametrize(
    ("name", "password", "needle"),
    [
        ("b", PASSWORD, "tidak valid"),
        ("budi santoso", PASSWORD, "tidak valid"),
        ("budi", "pendek", "lemah"),
        ("budi", " spasi-di-awal-123", "lemah"),
        ("budi12345678", "budi12345678", "lemah"),
    ],
)
def test_bad_names_and_weak_passwords(editors: Path, name: str, password: str, needle: str) -> None:
    with pytest.raises(auth.AuthError, match=needle):
        auth.add_editor(name, password, path=editors)
    assert not editors.exists()


def test_the_editors_file_is_toml_that_keeps_dotted_names_and_quotes(
    editors: Path, hasher: CountingHasher
) -> None:
    auth.add_editor("budi.santoso", PASSWORD, path=editors)  # a dot must not make a nested table
    auth.add_editor("siti-2", 'kata"sandi\\aman', path=editors)
    loaded = auth.load_editors(editors)
    assert sorted(loaded) == ["budi.santoso", "siti-2"]
    assert loaded["siti-2"]["hash"] == 'fake$kata"sandi\\aman'
    assert editors.read_text(encoding="utf-8").startswith("# Editors of Dasbor Inovasi Daerah.")
    assert sorted(p.name for p in editors.parent.iterdir()) == ["editors.toml"]  # no temp file left


def test_existing_editor_needs_replace_and_can_be_removed(editors: Path) -> None:
    auth.add_editor("budi", PASSWORD, path=editors)
    with pytest.raises(auth.AuthError, match="sudah ada"):
        auth.add_editor("budi", "kata-sandi-baru-22", path=editors)
    auth.add_editor("budi", "kata-sandi-baru-22", path=editors, replace=True)
    assert auth.sign_in("budi", "kata-sandi-baru-22", path=editors, throttle=auth.Throttle()).ok
    auth.remove_editor("budi", path=editors)
    assert auth.load_editors(editors) == {}
    with pytest.raises(auth.AuthError, match="tidak ada"):
        auth.remove_editor("budi", path=editors)


def test_a_broken_editors_file_is_reported(editors: Path) -> None:
    editors.write_text("[editors\nrusak", encoding="utf-8")
    with pytest.raises(auth.AuthError, match="tidak dapat dibaca"):
        auth.load_editors(editors)
    assert not auth.has_editors(editors)


def test_the_default_editors_file_is_outside_git() -> None:
    assert auth.editors_path(None) in (
        auth.DEFAULT_EDITORS,
        Path(os.environ.get(auth.ENV_EDITORS, "/")).resolve(),
    )
    result = subprocess.run(
        ["git", "check-ignore", "-q", ".streamlit/editors.toml"], cwd=ROOT, capture_output=True, timeout=30
    )
    assert result.returncode == 0


def run(*args: str, stdin: str = "", env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return run_cli(*args, stdin=stdin, env=env)  # an empty stdin, not the terminal's


def test_editor_cli(editors: Path) -> None:
    env = {auth.ENV_EDITORS: str(editors)}
    added = run("editor", "add", "Budi", "--password-stdin", stdin=PASSWORD + "\n", env=env)
    assert added.returncode == 0, added.stderr
    assert str(editors) in added.stdout
    assert auth.sign_in("budi", PASSWORD, path=editors, throttle=auth.Throttle()).ok
    again = run("editor", "add", "budi", "--password-stdin", stdin=PASSWORD + "\n", env=env)
    assert again.returncode == 2 and "sudah ada" in again.stderr
    weak = run("editor", "--file", str(editors), "add", "siti", "--password-stdin", stdin="123\n")
    assert weak.returncode == 2 and "lemah" in weak.stderr
    listing = run("editor", "list", env=env)
    assert listing.returncode == 0 and "budi" in listing.stdout and "$argon2" not in listing.stdout
    removed = run("editor", "remove", "budi", env=env)
    assert removed.returncode == 0
    assert "Belum ada editor" in run("editor", "list", env=env).stdout
