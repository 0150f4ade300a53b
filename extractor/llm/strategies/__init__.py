"""Extraction strategies: how each answer shape is asked for and read back (one module each)."""

from extractor.llm.strategies.base import Item, Reading, Strategy
from extractor.llm.strategies.outline_blocks import OutlineBlocksStrategy
from extractor.llm.strategies.whole_document import WholeDocumentStrategy
from extractor.vocab.headings import normalise_label

STRATEGIES: dict[str, type[Strategy]] = {
    "WholeDocument": WholeDocumentStrategy,
    "OutlineBlocks": OutlineBlocksStrategy,
}

__all__ = [
    "STRATEGIES",
    "Item",
    "OutlineBlocksStrategy",
    "Reading",
    "Strategy",
    "WholeDocumentStrategy",
    "normalise_label",
]
