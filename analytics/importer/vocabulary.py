"""The importer's vocabulary: the spellings it accepts for each stored code, and the codes it allows.

Kept together in this one small module so that it can be pointed at the project's one home for
domain facts (the allowed values are shared with the template, the filters and the schema's checks).
`norm_key` is the matching form every header and coded value is compared in.
"""

from __future__ import annotations

import re
from typing import Any

from analytics import vocabulary
from analytics.sanitize import clean_text
from analytics.text import MONTHS


def norm_key(value: Any) -> str:
    """Matching form of a header or a value: lower case, any run of non-letters/digits is one space."""
    return re.sub(r"[^0-9a-z]+", " ", clean_text(str(value)).lower()).strip()


def collapse(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


# The accepted spellings (norm_key form) of each stored code, the allowed codes and the yes/no
# words live in the one home of domain facts, analytics/vocabulary.py; these are its names here.
CHOICES: dict[str, dict[str, str]] = vocabulary.SPELLINGS
ALLOWED: dict[str, tuple[str, ...]] = vocabulary.ALLOWED
YES = vocabulary.YES_WORDS
NO = vocabulary.NO_WORDS

MONTH_NUMBERS: dict[str, int] = {}
for _i, _name in enumerate(MONTHS, start=1):
    MONTH_NUMBERS[_name.lower()] = _i
    MONTH_NUMBERS[_name.lower()[:3]] = _i
MONTH_NUMBERS.update(
    {
        "agt": 8, "ags": 8, "agu": 8, "sept": 9, "nop": 11, "des": 12,
        # English month names appear in files exported from English-language Excel
        "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7,
        "august": 8, "october": 10, "december": 12, "feb": 2, "mar": 3, "aug": 8, "oct": 10, "dec": 12,
    }
)  # fmt: skip
