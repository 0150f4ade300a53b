"""Per-model prices for the eval's cost column, in US dollars per million input/output tokens.

The defaults are list prices at the time of writing and only a starting point: set your own with
`--prices FILE` (JSON: {"model": {"input": 0.15, "output": 0.6}}), `--price MODEL=IN/OUT`, or the
EVAL_PRICES environment variable naming such a file. A model without a price shows no cost.
Cached answers cost nothing: only the tokens of requests actually sent are counted.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

DEFAULT_PRICES: dict[str, tuple[float, float]] = {
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4o": (2.50, 10.00),
    "gpt-4.1-mini": (0.40, 1.60),
    "gpt-4.1": (2.00, 8.00),
    "deepseek-chat": (0.27, 1.10),
    "qwen-plus": (0.40, 1.20),
}
_ACTIVE: dict[str, tuple[float, float]] = dict(DEFAULT_PRICES)


def parse_price(spec: str) -> tuple[str, tuple[float, float]]:
    """MODEL=IN/OUT (dollars per million input and output tokens)."""
    model, _, values = spec.partition("=")
    pieces = values.replace(",", "/").split("/")
    if not model or len(pieces) != 2:
        raise ValueError(f"price {spec!r}: expected MODEL=IN/OUT, e.g. gpt-4o-mini=0.15/0.6")
    return model.strip(), (float(pieces[0]), float(pieces[1]))


def load_prices(path: Path | None = None, overrides: list[str] | None = None) -> dict[str, tuple[float, float]]:
    """The defaults, then EVAL_PRICES or `path` (JSON), then `overrides`; also made the active table."""
    prices = dict(DEFAULT_PRICES)
    chosen = path or (Path(os.environ["EVAL_PRICES"]) if os.environ.get("EVAL_PRICES") else None)
    if chosen is not None:
        for model, entry in json.loads(Path(chosen).read_text(encoding="utf-8")).items():
            prices[model] = (float(entry["input"]), float(entry["output"]))
    for spec in overrides or []:
        model, price = parse_price(spec)
        prices[model] = price
    _ACTIVE.clear()
    _ACTIVE.update(prices)
    return prices


def cost_micro_usd(model: str | None, input_tokens: int, output_tokens: int) -> int | None:
    """What the tokens cost in millionths of a dollar, or None when the model has no price."""
    price = _ACTIVE.get(model or "")
    if price is None:
        return None
    return round(input_tokens * price[0] + output_tokens * price[1])
