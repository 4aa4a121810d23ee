"""Editors: only a strong hash is stored, outside git; wrong passwords are slowed down; the CLI adds editors."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from analytics import auth

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


def test_repeated_wrong_passwords_are_slowed_down(editors: Path) -> None:
    auth.add_editor("budi", PASSWORD, path=editors)
    throttle = auth.Throttle(free_attempts=3)
    for _ in range(3):
        assert not auth.sign_in("budi", "salah", path=editors, throttle=throttle).ok
    # now even the right password is refused until the wait is over
    refused = auth.sign_in("budi", PASSWORD, path=editors, throttle=throttle)
    assert not refused.ok and refused.retry_after > 0 and "detik" in refused.message
    # another user name is not affected
    auth.add_editor("siti", PASSWORD, path=editors)
    assert auth.sign_in("siti", PASSWORD, path=editors, throttle=throttle).ok


def test_the_delay_grows_exponentially_and_resets_on_success() -> None:
    throttle = auth.Throttle(free_attempts=2, max_delay=60)
    now = 1000.0
    waits = []
    for _ in range(8):
        throttle.failed("budi", now=now)
        waits.append(throttle.wait_left("budi", now=now))
        now += 1000
    assert waits[:2] == [0.0, 2.0]
    assert waits[2:5] == [4.0, 8.0, 16.0]
    assert max(waits) == 60
    assert throttle.wait_left("budi", now=now) == 0  # waited long enough
    throttle.succeeded("budi")
    throttle.failed("budi", now=now)
    assert throttle.wait_left("budi", now=now) == 0


def test_throttle_memory_is_bounded() -> None:
    throttle = auth.Throttle(max_names=100)
    for i in range(1000):
        throttle.failed(f"nama{i}", now=0)
    assert len(throttle._failures) == 100


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
    result = subprocess.run(
        [sys.executable, "-m", "analytics", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        input=stdin,
        timeout=120,
        env={**os.environ, **(env or {})},
    )
    assert "Traceback" not in result.stderr, result.stderr
    return result


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
