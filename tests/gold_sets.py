"""The hand-labelled sets, in one place: every test that reads the labels takes its files from here,
so a new set is added once."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# gold/ holds the five real notices; gold_holdout*/ notices written for this project in other layouts
# (see their READMEs). gold_real/ is labelled in its own format (tests/test_real_notices.py).
LABELLED_SETS = (
    "gold",
    "gold_holdout",
    "gold_holdout2",
    "gold_holdout3",
    "gold_holdout4",
    "gold_holdout5",
    "gold_holdout6",
    "gold_holdout7",
    "gold_holdout8",
    "gold_holdout9",
)
GOLD_FILES = [f for d in LABELLED_SETS for f in sorted((ROOT / d).glob("*.json"))]
