"""Plain checks behind the words and links fixes: Indonesian decimals read back, the spellings a
link may use, the download's file name with the search in it, and the Indonesian side of the
translations of Streamlit's own controls (ui/chrome.py)."""

from __future__ import annotations

import re

import pytest

from analytics import importer
from analytics.scope import fold, spellings
from analytics.text import TEXT, fmt_score, parse_decimal, t
from ui import chrome, downloads
from ui.filters import Filters


@pytest.mark.parametrize(
    ("typed", "number"),
    [
        ("62,5", 62.5),
        ("60,01", 60.01),
        (" 62 ", 62.0),
        ("62.5", 62.5),  # the dot decimal of older links and other software
        ("1.234,5", 1234.5),
        ("1.000", 1000.0),  # dot groups of three: thousands, as Indonesians write them
        ("−3,5", -3.5),
        ("abc", None),
        ("", None),
        ("62,", None),
        ("62,5,1", None),
        ("1e2", None),
        ("nan", None),
        ("inf", None),
    ],
)
def test_parse_decimal_reads_indonesian_numbers(typed, number):
    assert parse_decimal(typed) == number


def test_parse_decimal_reads_back_what_fmt_score_writes():
    for value in (0.0, 53.0, 58.11, 60.01, 79.6, 100.0):
        assert parse_decimal(fmt_score(value)) == pytest.approx(value)


def test_fold_and_spellings():
    assert fold(" Dinas-Kesehatan ") == fold("dinas kesehatan") == fold("DINAS_KESEHATAN")
    lookup = spellings([("dinkes", "dinkes"), ("Dinas Kesehatan", "dinkes"), ("Dinkes", "other")])
    assert lookup[fold("DINKES")] == "dinkes"  # the first pair of a spelling wins
    assert lookup[fold("dinas kesehatan")] == "dinkes"
    assert fold("nope") not in lookup


def _f(**kw) -> Filters:
    return Filters(year=2025, **kw)


def test_excel_file_name_holds_the_search():
    plain = downloads._file_name("data-inovasi-pati", _f(), ".xlsx")
    searched = downloads._file_name("data-inovasi-pati", _f(), ".xlsx", search="Posyandu Ceria!")
    assert plain == "data-inovasi-pati-2025.xlsx"
    assert searched == "data-inovasi-pati-2025-cari-posyandu-ceria.xlsx"
    other = downloads._file_name("data-inovasi-pati", _f(), ".xlsx", search="kesehatan")
    assert len({plain, searched, other}) == 3


@pytest.mark.parametrize(
    "search", ["../../etc/passwd", 'a"b<c>|d?*', "✓✓", "x" * 300, "Kesehatan Ibu & Anak"]
)
def test_excel_file_name_is_safe_for_any_search(search):
    name = downloads._file_name(
        "data-inovasi-pati", _f(opd_id="dinkes", tahapan="uji coba"), ".xlsx", search=search
    )
    assert re.fullmatch(r"[a-z0-9-]+\.xlsx", name), name
    assert name.startswith("data-inovasi-pati-2025-dinkes-uji-coba-cari-")
    assert len(name) < 100
    # a search without a letter or digit still gets its own name
    assert name != downloads._file_name("data-inovasi-pati", _f(opd_id="dinkes", tahapan="uji coba"), ".xlsx")


SAME_IN_BOTH = {"Format"}  # the Indonesian word is the English one


def test_every_translation_of_streamlit_words_is_in_the_catalogue():
    config = chrome._config()
    for english, key in chrome._WORDS.items():
        assert key in TEXT, key
        assert config["words"][english] == t(key)
        assert config["words"][english] != english or english in SAME_IN_BOTH
    for source, key, _ in chrome._PATTERNS:
        assert key in TEXT
        re.compile(source)
    assert config["lang"] == "id"


def test_the_script_cannot_be_closed_early_by_a_catalogue_text():
    script = chrome._script()
    assert script.count("</script>") == 1


def test_uploader_instructions_come_from_the_importer():
    from ui import import_view

    assert [f".{s}" for s in import_view.UPLOAD_TYPES] == list(importer.SUPPORTED_SUFFIXES)
    assert import_view.UPLOAD_MB * 1024 * 1024 == importer.MAX_BYTES
