"""Errors a user can act on: the CLI prints their message as one line, never a traceback."""


class ExtractorError(Exception):
    """Base class for every error the library raises on purpose."""


class InputError(ExtractorError):
    """The input cannot be read as a notice (missing, empty, binary, undecodable, unsupported)."""


class UsageError(ExtractorError):
    """The command was given a bad argument (a table without the named column …): exit status 2."""
