"""The Peringkat page's charts and tables, built without Streamlit from small frames."""

from __future__ import annotations

import pandas as pd

from analytics import charts_ranking, tables_ranking
from analytics.charts import COLOURS
from analytics.methods import method_for_year
from analytics.text import t

BANDS = method_for_year(2023).bands


def _texts(fig) -> str:
    notes = " ".join(a.text or "" for a in fig.layout.annotations)
    return f"{notes} {fig.layout.legend.title.text or ''}"


def test_the_distribution_marks_the_subject_in_its_range() -> None:
    scores = pd.DataFrame(
        {"region": ["A", "Kabupaten Pati", "C", "D"], "score": [81.0, 79.6, 40.0, 100.0],
         "is_subject": [False, True, False, False]}
    )  # fmt: skip
    fig = charts_ranking.figure_score_distribution(scores, "Kabupaten Pati", BANDS, sample=True)
    bars = fig.data[0]
    assert list(bars.y) == [0] * 8 + [1] + [0] * 6 + [1, 1, 0, 0, 1]  # 100 falls in the last range
    assert [i for i, c in enumerate(bars.marker.color) if c == COLOURS["pati"]] == [15]
    assert "Kabupaten Pati: 79,60" in _texts(fig) and t("sample.badge") in _texts(fig)


def test_predicate_shares_carry_counts_and_shares() -> None:
    shares = pd.DataFrame(
        {"predicate": ["Sangat Inovatif", "Inovatif"], "n": [1, 3], "share": [0.25, 0.75], "derived": [0, 1]}
    )
    fig = charts_ranking.figure_predicate_shares(shares)
    assert list(fig.data[0].text) == ["1 (25 %)", "3 (75 %)"]
    table = tables_ranking.table_predicate_shares(shares)
    assert table.iloc[1].tolist() == ["Inovatif", 3, "75 %", 1]


def test_rank_history_puts_rank_one_on_top_with_whole_ranks() -> None:
    history = pd.DataFrame(
        {"year": [2023, 2024, 2025], "size": [415, 415, 415], "rank": pd.array([None, 165, 11], dtype="Int64"),
         "change": pd.array([None, None, 154], dtype="Int64"), "present": [20, 415, 415],
         "scope_label": ["kabupaten se-Indonesia"] * 3, "is_sample": [False, True, True]}
    )  # fmt: skip
    fig = charts_ranking.figure_rank_history(history, sample=True)
    low, high = fig.layout.yaxis.range
    assert low > 165 and high < 11  # reversed: the better rank higher up
    assert min(fig.layout.yaxis.tickvals) == 1
    assert "ke-11 dari 415" in list(fig.data[0].text)
    assert tables_ranking.table_rank_history(history)["Perubahan"].tolist() == ["–", "–", "naik 154"]


def test_neighbours_draw_the_subject_last_and_its_labels_clear_of_theirs() -> None:
    scores = pd.DataFrame(
        {"region": ["Kabupaten Pati", "Kabupaten Pati", "Kabupaten Kudus", "Kabupaten Kudus"],
         "year": [2024, 2025, 2024, 2025], "score": [52.5, 79.6, 55.0, 30.0],
         "is_subject": [True, True, False, False], "order": [0, 0, 1, 1]}
    )  # fmt: skip
    fig = charts_ranking.figure_neighbour_scores(scores, BANDS)
    assert [trace.name for trace in fig.data] == ["Kabupaten Kudus", "Kabupaten Pati"]
    assert list(fig.data[-1].textposition) == ["bottom center", "top center"]  # Kudus just above in 2024
    wide = tables_ranking.table_neighbour_scores(scores)
    assert wide.to_dict("records")[0] == {"Daerah": "Kabupaten Pati", "2024": "52,50", "2025": "79,60"}


def test_empty_frames_give_the_one_empty_chart() -> None:
    empty = pd.DataFrame(columns=["region", "score", "is_subject", "year", "order", "size", "rank"])
    for fig in (
        charts_ranking.figure_score_distribution(empty, "X"),
        charts_ranking.figure_neighbour_scores(empty),
        charts_ranking.figure_rank_history(empty),
    ):
        assert not fig.data and t("chart.empty") in _texts(fig)
