"""Providers and transport: the process's client, HTTP retries, answer modes, reasoning blocks.

Kept apart from the extraction strategies: a new provider quirk is handled here and nowhere else.
"""
