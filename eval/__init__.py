"""Evaluation harness: `python -m eval` scores extraction systems against gold/*.json.

Modules, one job each: load (gold set), systems (what is evaluated), runner (run + align one
system), normalize, align, metrics, stats (bootstrap), evaluate (orchestration), report
(tables), runs (run folder), cli.
"""
