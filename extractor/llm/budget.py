"""How much answer a part is worth: its output-token budget, from what the rules see in it.

An answer bigger than the question needs is a model repeating itself (issue 14: a 4 KB notice
drew 6,995 tokens). Each strategy says how many tokens it expects for a part (blocks x tokens per
block, `Strategy.expected_tokens`); the request may use that with headroom and never less than a
floor, and EXTRACTOR_MAX_TOKENS caps it (`provider.ask`).
"""

from __future__ import annotations

from extractor.llm.parts import Part
from extractor.llm.strategies.base import Strategy

HEADROOM = 1.5
"""Expected tokens x this: answers vary, and a tokenizer may spend more on CJK than the estimate."""
FLOOR = 256
"""The least any request may answer (a short part's report and a few issues)."""


def output_tokens(strategy: Strategy, part: Part) -> int:
    """The max_tokens of the request for `part`."""
    return max(FLOOR, int(strategy.expected_tokens(part) * HEADROOM))
