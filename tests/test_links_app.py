"""AppTest: a shared link is followed where it can be and told where it cannot (ui/links.py,
ui/filters.py `check_link`), and the Progres Skor target reads Indonesian decimals.

Streamlit's URL binding drops a value it does not know and shows the default without a word; the
person who received the link must be told what was not understood and what is shown instead, in
one notice at the top of the page. Unknown page names (`/nope`, `/ringkasan`) need the browser's
address, which AppTest does not have: tests/e2e/test_words_and_sizes.py covers them.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from analytics import scoring
from analytics.safe import md
from analytics.text import fmt_score, t
from ui import links, score_sections

ROOT = Path(__file__).resolve().parent.parent
ENTRY = str(ROOT / "dashboard.py")


def _app(page: str | None = None, **query: str) -> AppTest:
    at = AppTest.from_file(ENTRY, default_timeout=60)
    at.query_params.update(query)
    at.run()
    if page:
        at.switch_page(page).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def _notices(at: AppTest) -> list[str]:
    return [w.value for w in at.warning if w.icon == ":material/link_off:"]


def _default_year(at: AppTest) -> int:
    return max(int(y) for y in at.selectbox(key="tahun").options)


@pytest.mark.parametrize(
    ("query", "template", "shown"),
    [
        ({"tahun": "abc"}, "link.unknown", None),
        ({"tahun": "1999"}, "link.no_year", None),
        ({"opd": "unknown"}, "link.unknown", "filter.opd.all"),
        ({"jenis": "xyz"}, "link.unknown", "filter.jenis.all"),
        ({"tahapan": "selesai"}, "link.unknown", "filter.tahapan.all"),
    ],
    ids=["tahun-abc", "tahun-1999", "opd-unknown", "jenis-xyz", "tahapan-selesai"],
)
def test_a_value_not_understood_is_told_with_what_is_shown(env_db, query, template, shown):
    at = _app(**query)
    ((key, value),) = query.items()
    shown_text = str(_default_year(at)) if shown is None else t(shown)
    expected = t(template, param=md(key), value=md(value), shown=md(shown_text))
    assert _notices(at) == [expected]
    # the default view is shown and the address no longer carries the value
    assert key not in at.query_params
    assert at.header[0].value == t("page.ringkasan.title", year=_default_year(at))


def test_several_values_not_understood_make_one_notice(env_db):
    at = _app(tahun="abc", opd="unknown", jenis="xyz")
    notices = _notices(at)
    assert len(notices) == 1
    for key, value in (("tahun", "abc"), ("opd", "unknown"), ("jenis", "xyz")):
        assert f"{md(key)}={md(value)}" in notices[0]


def test_the_notice_stays_with_the_view_and_goes_when_the_view_changes(env_db):
    at = _app(tahun="abc")
    at.run()  # a rerun of the same view (e.g. a tab opened): still told
    assert len(_notices(at)) == 1
    at.selectbox(key="tahun").select(2022).run()
    assert _notices(at) == []
    assert at.header[0].value == t("page.ringkasan.title", year=2022)


@pytest.mark.parametrize(
    ("query", "state"),
    [
        ({"opd": "dinkes"}, {"opd": "dinkes"}),
        (
            {"opd": "DINKES", "jenis": "digital", "tahapan": "uji-coba"},
            {"jenis": "digital", "tahapan": "uji coba"},
        ),
        ({"opd": "jenis:kecamatan"}, {"opd": "jenis:kecamatan"}),
        ({"opd": "dinas kesehatan"}, {"opd": "dinkes"}),
        ({"opd": "Dinkes", "tahun": " 2022 "}, {"opd": "dinkes", "tahun": 2022}),
    ],
    ids=["code", "codes-any-case", "kind-code", "label-lower-case", "short-name-and-spaces"],
)
def test_the_spellings_people_type_lead_to_the_view(env_db, query, state):
    at = _app(**query)
    assert _notices(at) == []
    for key, value in state.items():
        assert at.session_state[key] == value
    # the address now says it the way the filters write it, so a copy of it works anywhere
    if state.get("opd") == "dinkes":
        assert at.query_params["opd"] == "Dinas Kesehatan"
        assert any(md("Dinas Kesehatan") in c.value for c in at.caption), "the scope caption names the OPD"


@pytest.mark.parametrize(
    ("page", "query", "key", "shown"),
    [
        ("pages/progres_skor.py", {"tahun": "2022", "sasaran": "61"}, "sasaran", None),
        ("pages/progres_skor.py", {"tahun": "2022", "tahun_sasaran": "1900"}, "tahun_sasaran", "2023"),
        ("pages/progres_skor.py", {"tahun": "2022", "banding": "1999"}, "banding", "2022"),
        ("pages/data_inovasi.py", {"tahun": "2025", "semua_tahun": "ya"}, "semua_tahun", None),
        ("pages/presentasi.py", {"slide": "99"}, "slide", None),
    ],
    ids=["sasaran", "tahun_sasaran", "banding", "semua_tahun", "slide"],
)
def test_page_choices_not_understood_are_told(env_db, page, query, key, shown):
    at = _app(page, **query)
    notices = _notices(at)
    assert len(notices) == 1, notices
    lead = t("link.unknown", param=md(key), value=md(query[key]), shown="@").removesuffix("@.")
    assert notices[0].startswith(lead), notices
    if shown is not None:
        assert notices[0] == t("link.unknown", param=md(key), value=md(query[key]), shown=md(shown))
    if key == "semua_tahun":
        assert at.session_state["semua_tahun"] is False
    if key == "slide":
        assert at.session_state["slide"] == 1
        assert notices[0].endswith(f"{t('link.slide', n=1)}.")


def test_valid_page_choices_are_not_told(env_db):
    at = _app("pages/progres_skor.py", tahun="2022", sasaran="70,00", tahun_sasaran="2025", banding="2021")
    assert _notices(at) == []
    at = _app("pages/data_inovasi.py", tahun="2025", semua_tahun="TRUE", cari="apa saja")
    assert _notices(at) == []


def test_a_long_value_is_shortened_and_escaped(env_db):
    at = _app(opd="[klik](http://contoh.invalid) " + "x" * 100)
    (notice,) = _notices(at)
    assert "](http" not in notice  # Markdown from the address is shown as text, not as a link
    assert "x" * (links.SHOWN_MAX + 1) not in notice


# --- the Progres Skor target box: Indonesian decimals -------------------------------------------


@pytest.fixture(scope="module")
def below_year(built_db: Path) -> int:
    import duckdb

    from tests.test_score_sections_app import _year_below_target as below

    with duckdb.connect(str(built_db), read_only=True) as con:
        return below(con)


def _target_shown(at: AppTest) -> str:
    values = [m.value for m in at.metric if m.label == t("scoresim.path.kpi_target")]
    assert values, [m.label for m in at.metric]
    return values[0]


def test_target_box_shows_the_goal_and_a_target_typed_with_a_decimal_comma_is_used(env_db, below_year):
    # one session for what the box shows before and after typing (Progres Skor opened once)
    at = _app("pages/progres_skor.py", tahun=str(below_year))
    box = at.text_input(key=score_sections.TARGET_KEY)
    assert box.value == fmt_score(scoring.DEFAULT_TARGET) == "60,01"
    at.text_input(key=score_sections.TARGET_KEY).input("62,5").run()
    assert not at.exception
    assert _target_shown(at) == "62,50"
    assert not [w for w in at.warning if w.icon == ":material/error:"]
    # the browser writes it into the address (tests/e2e/test_words_and_sizes.py checks that);
    # the address opened again gives the same target
    again = _app("pages/progres_skor.py", tahun=str(below_year), target="62,5")
    assert again.text_input(key=score_sections.TARGET_KEY).value == "62,5"
    assert _target_shown(again) == "62,50"
    # an older link with a dot decimal still works
    old = _app("pages/progres_skor.py", tahun=str(below_year), target="65.5")
    assert _target_shown(old) == "65,50"


def test_a_target_that_cannot_be_used_is_told_in_indonesian(env_db, below_year):
    # both cases in one session: after the first, the year's goal is in use, as on a fresh page
    at = _app("pages/progres_skor.py", tahun=str(below_year))
    for typed, key, values in [
        ("abc", "scoresim.path.target_not_number", {"value": "abc"}),
        ("625", "scoresim.path.target_out_of_range", {"value": "625,00", "low": "0,00", "high": "100,00"}),
    ]:
        at.text_input(key=score_sections.TARGET_KEY).input(typed).run()
        assert not at.exception
        default = fmt_score(scoring.DEFAULT_TARGET)
        errors = [w.value for w in at.warning if w.icon == ":material/error:"]
        assert errors == [t(key, used=default, **values)], typed
        assert _target_shown(at) == default  # the goal of the year is used meanwhile
