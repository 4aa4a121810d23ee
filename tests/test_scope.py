"""analytics.scope: the one codec of the filter (OPD or a kind of OPD, jenis, tahapan)."""

from __future__ import annotations

from pathlib import Path

import pytest

from analytics import db, vocabulary
from analytics.scope import Scope, ScopeError


@pytest.mark.parametrize(
    ("written", "expected", "code"),
    [
        ("jenis:kecamatan", Scope(opd_kind="kecamatan"), "jenis:kecamatan"),
        ("dinkes", Scope(opd_id="dinkes"), "dinkes"),
        ("semua", Scope(), None),
        ("", Scope(), None),
        (None, Scope(), None),
    ],
)
def test_the_opd_chooser_value_reads_back_as_written(written, expected: Scope, code) -> None:
    scope = Scope.parse(written)
    assert scope == expected
    assert scope.opd_code == code


def test_unknown_jenis_and_tahapan_name_the_vocabulary(built_db: Path) -> None:
    with db.connection(built_db) as con:
        with pytest.raises(ScopeError, match=", ".join(vocabulary.JENIS)):
            Scope(jenis="analog").check(con)
        with pytest.raises(ScopeError, match=", ".join(vocabulary.TAHAPAN)):
            Scope(tahapan="selesai").check(con)
        assert Scope(jenis=vocabulary.JENIS[0], tahapan=vocabulary.TAHAPAN[-1]).check(con)
