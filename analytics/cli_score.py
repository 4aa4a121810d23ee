"""`python -m analytics score`: the index estimate of one assessment year on the command line.

The output always says it is an estimate (PERKIRAAN), which method file and year it used and which
parts of that method are reconstructed or assumed, and shows the official result beside it when
one was published. With --json it prints one object (Estimate.to_dict() plus `official`, and
`plan` with --target). An unknown year or an unusable method file exits with code 2 and one line.
"""

from __future__ import annotations

import argparse
import json
import sys

from analytics import db, scoring
from analytics.cli import DB_HELP
from analytics.methods import MethodError, load_method, method_for_year
from analytics.text import fmt_number, fmt_quantity, fmt_score, parse_decimal, source_label, t


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("score", help=t("score.cli.help"), description=t("score.cli.description"))
    p.add_argument("--year", type=int, required=True, metavar="TAHUN", help=t("score.cli.year"))
    p.add_argument("--db", help=DB_HELP)
    p.add_argument("--method", metavar="BERKAS", help=t("score.cli.method"))
    p.add_argument("--json", action="store_true", help=t("score.cli.json"))
    p.add_argument("--target", type=_number, metavar="NILAI", help=t("score.cli.target"))
    p.set_defaults(func=cmd_score)


def _number(text: str) -> float:
    """A number as an Indonesian user may type it: 60,01 or 60.01 (the dashboard's reader)."""
    value = parse_decimal(text)
    if value is None:
        raise argparse.ArgumentTypeError(t("score.cli.bad_number", value=text))
    return value


def cmd_score(args: argparse.Namespace) -> int:
    # Method and scoring errors are reported here rather than through analytics.__main__'s
    # UserError: under `python -m`, that module runs as __main__, so importing its class from
    # here would give a second, different class that its `except` would not catch.
    try:
        method = load_method(args.method) if args.method else method_for_year(args.year)
        with db.connection(args.db) as con:
            data = scoring.load_year(con, args.year, method)
            official = scoring.official_result(con, args.year)
        est = scoring.estimate_data(data)
        plan = scoring.plan(data, target=args.target) if args.target is not None else None
    except (MethodError, scoring.ScoringError) as exc:
        print(f"Galat: {exc}", file=sys.stderr)
        return 2

    if args.json:
        out = est.to_dict()
        out["official"] = official
        if plan is not None:
            out["plan"] = plan.to_dict()
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return 0

    print(_summary(est, method, data.n, official))
    if plan is not None:
        print()
        print(_plan_text(plan))
    return 0


def _summary(est: scoring.Estimate, method, n: int, official: dict | None) -> str:
    title = t("score.cli.title", region=scoring.REGION, year=est.year)
    if est.is_sample:
        title += " " + t("score.cli.sample")
    lines = [
        title,
        f"  {t('score.cli.iid')}: {fmt_score(est.iid)} — {est.predicate}",
        "  "
        + t(
            "score.cli.parts",
            spd=fmt_score(est.spd),
            spd_max=fmt_number(method.spd_max),
            sid=fmt_score(est.sid_maturity),
            sid_max=fmt_number(method.max_maturity),
            count=fmt_quantity(est.count_score),
            count_max=fmt_number(method.count_max),
            total=fmt_number(est.max_total),
        ),
        "  "
        + t(
            "score.cli.n",
            n=fmt_number(n),
            divisor_min=fmt_number(method.divisor_min),
            divisor=fmt_number(method.divisor(n)),
        ),
        "  " + t("score.cli.method_line", name=est.method_name, path=est.method_path),
    ]
    if est.reconstructed:
        lines.append("  " + t("score.cli.reconstructed"))
        lines.extend(f"    - {part}" for part in est.reconstructed)
    if official:
        predicate = f" ({official['predicate']})" if official["predicate"] else ""
        lines.append(
            "  "
            + t(
                "score.cli.official",
                year=est.year,
                score=fmt_score(official["score"]),
                predicate=predicate,
                source=source_label(official["source"]),
            )
        )
    else:
        lines.append("  " + t("score.cli.no_official", year=est.year))
    return "\n".join(lines)


def _plan_text(plan: scoring.Plan) -> str:
    if plan.n_steps == 0 and plan.reached:
        # "0 langkah" reads like a plan that failed: say the target is already met
        return t("score.cli.plan_reached", target=fmt_score(plan.target), start=fmt_score(plan.start_iid))
    lines = [
        t(
            "score.cli.plan",
            target=fmt_score(plan.target),
            n=fmt_number(plan.n_steps),
            start=fmt_score(plan.start_iid),
            final=fmt_score(plan.final_iid),
        )
    ]
    for row in plan.steps.itertuples(index=False):
        lines.append(
            "  "
            + t(
                "score.cli.step",
                step=fmt_number(row.step),
                description=row.description,
                gain=fmt_score(row.gain_iid),
            )
        )
    lines.extend(f"  * {note}" for note in plan.notes)
    return "\n".join(lines)
