"""The domain vocabulary of rectification notices, in one place.

Every word list the stages match against lives in a module here, so widening coverage is editing a
table, not a regular expression inside a stage:

- `furniture`: page furniture of web pages, newspapers and printed PDFs (breadcrumbs, widgets,
  metadata rows, page counters), dropped before segmentation.
- `sections`: the kinds of report section (preamble, organisation of the work, findings, next
  steps, contacts) and the words that tell them apart.
- `traditional`: traditional characters folded to simplified ones for matching.

Patterns are matched against the folded view of the text (`segment.fold`): half-width ASCII
punctuation, plain spaces, simplified characters.
"""
