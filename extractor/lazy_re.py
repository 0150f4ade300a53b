"""Regular expressions compiled on first use.

Python compiles patterns in Python code, and the rules carry dozens of large ones; patterns that
only some notices need (people held accountable, ledger tables, PDF wraps) compile when first
used, so a command-line run pays only for what its notice needs, the character classes the
patterns share are optimised once (`compile_shared`), and a run reuses what earlier runs compiled
(`pattern_store`). The other helpers make patterns cheaper to
run without changing what they match: a lookahead for a pattern's first characters (`skip_ahead`),
a set lookup before patterns anchored at a line's start (`opener_test`), a word list as a tree of
its prefixes (`longest_of`).
"""

from __future__ import annotations

import functools
import importlib
import re
import threading
from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

from extractor import pattern_store

K = TypeVar("K")

# Character classes the rules' patterns share, optimised once (see `compile_shared`).
_SHARED_CLASSES: dict[tuple[Any, ...], Any] = {}
_SHARING = threading.Lock()
_OPTIMISE = "_optimize_charset"  # the function of Python's regex compiler that optimises a class
_CHARSET_PREFIX = "_get_charset_prefix"  # the one that finds the class every match opens with
_ENGINE = "_sre"  # the regex engine's module, as the compiler names it


def compile_shared(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, with the work on character classes shared between the rules' patterns.

    Python compiles patterns in Python, and optimising a character class takes time in proportion to
    the characters it spans: `[\\u4e00-\\u9fff]`, in dozens of the rules' patterns, costs about 0.7 ms
    each time. A command-line run compiles about a thousand classes, a quarter of them distinct; while
    one of these patterns compiles, each optimised class is kept and reused (the optimisation depends
    on the class alone unless the pattern ignores case), which takes about 30 ms off start-up. What
    the compiler hands the engine is kept (`pattern_store`), so a later run skips the compiling. Where
    Python's internals are not what this expects, it is plain `re.compile`."""
    stored = pattern_store.compiled(pattern, flags)
    if stored is not None:
        return stored  # type: ignore[no-any-return]
    try:
        compiler = importlib.import_module("re._compiler")
        optimise = getattr(compiler, _OPTIMISE)
        engine = getattr(compiler, _ENGINE)
    except (ImportError, AttributeError):
        return re.compile(pattern, flags)

    def shared(charset: Any, *rest: Any, **options: Any) -> Any:
        if any(arg is not None for arg in (*rest, *options.values())):
            return optimise(charset, *rest, **options)  # case folding: depends on more than the class
        try:
            key = tuple(charset)
            found = _SHARED_CLASSES.get(key)
        except TypeError:
            return optimise(charset, *rest, **options)
        if found is None:
            found = _SHARED_CLASSES[key] = optimise(charset, *rest, **options)
        # The engine gets a list of its own, as from a fresh optimisation.
        return (list(found[0]), *found[1:]) if isinstance(found, tuple) and isinstance(found[0], list) else found

    charset_prefix = getattr(compiler, _CHARSET_PREFIX, None)

    def opening_class(parsed: Any, flags: int) -> Any:
        found = _lookahead_class(parsed, flags)
        return found if found is not None else charset_prefix(parsed, flags)  # type: ignore[misc]

    recorder = _Recorder(engine)
    with _SHARING:
        setattr(compiler, _OPTIMISE, shared)
        if charset_prefix is not None:
            setattr(compiler, _CHARSET_PREFIX, opening_class)
        setattr(compiler, _ENGINE, recorder)
        try:
            result = re.compile(pattern, flags)
        finally:
            setattr(compiler, _OPTIMISE, optimise)
            if charset_prefix is not None:
                setattr(compiler, _CHARSET_PREFIX, charset_prefix)
            setattr(compiler, _ENGINE, engine)
    if recorder.arguments is not None and recorder.arguments[0] == pattern:
        pattern_store.remember(pattern, flags, recorder.arguments[1:])
    return result


class _Recorder:
    """The regex engine's module as the compiler sees it, noting what the compiler hands its `compile`
    (for `pattern_store`)."""

    def __init__(self, engine: Any) -> None:
        self._engine = engine
        self.arguments: tuple[Any, ...] | None = None

    def __getattr__(self, name: str) -> Any:
        return getattr(self._engine, name)

    def compile(self, *arguments: Any) -> Any:
        self.arguments = arguments
        return self._engine.compile(*arguments)


def _lookahead_class(parsed: Any, flags: int) -> list[tuple[Any, Any]] | None:
    """The class of a pattern that opens with a one-character lookahead (`(?=[…])`, as `skip_ahead`
    writes), as the set of characters the engine's search scans for.

    Python's compiler gives `search` a class to scan for in C only when the pattern opens with one it
    consumes; a lookahead it ignores, so the engine runs the pattern at every position, where a scan
    would skip the text between two of the class's characters. The scan only picks the positions a
    match is tried at, and a match of `(?=[…])…` can start at none but one holding a character of the
    class: the matches are the same. (Not where case is ignored: the class would need folding.)"""
    import re._constants as C

    if flags & re.IGNORECASE or not parsed.data:
        return None
    op, av = parsed.data[0]
    if op is not C.ASSERT or av[0] != 1 or len(av[1].data) != 1:  # av: (direction, subpattern); 1 is ahead
        return None
    inner_op, inner_av = av[1].data[0]
    if inner_op is C.IN:
        return list(inner_av)
    if inner_op is C.NOT_LITERAL:  # [^x]
        return [(C.NEGATE, None), (C.LITERAL, inner_av)]
    return [(inner_op, inner_av)] if inner_op is C.LITERAL else None


class LazyPattern:
    """Stands in for `re.compile(pattern, flags)`; compiles on the first attribute access. With
    `skip=True` it compiles with its alternatives grouped by their first character (`by_opening`), else
    behind a lookahead for its first characters (`skip_ahead`): for patterns searched over long text
    that the engine cannot otherwise skip through (reading the pattern for its first characters costs
    about a third of compiling it, so only where searching pays). With `past_start=True`, it compiles
    as `skip_past_start` writes it, for `finditer_past_start`."""

    def __init__(self, pattern: str, flags: int = 0, *, skip: bool = False, past_start: bool = False) -> None:
        self._pattern = pattern
        self._flags = flags
        self._skip = skip
        self._past_start = past_start
        self._compiled: re.Pattern[str] | None = None

    def __getattr__(self, name: str) -> Any:
        """Only called for what the instance lacks: the compiled pattern's attribute, kept on the
        instance so the next `.search` is a plain attribute read (hot loops call these thousands of
        times per notice)."""
        if self._compiled is None:
            pattern = self._pattern
            kind = "skip" if self._skip else "past_start" if self._past_start else None
            if kind is not None:
                stored = pattern_store.rewritten(kind, pattern, self._flags)
                if stored is None:
                    if self._skip:
                        stored = skip_ahead(by_opening(pattern, self._flags), self._flags)
                    else:
                        stored = skip_past_start(pattern, self._flags)
                    pattern_store.remember_rewrite(kind, pattern, self._flags, stored)
                pattern = stored
            self._compiled = compile_shared(pattern, self._flags)
        value = getattr(self._compiled, name)
        setattr(self, name, value)
        return value


def longest_of(words: list[str] | tuple[str, ...]) -> str:
    """A pattern matching, at a position, the longest of `words` found there: the same matches as their
    alternation longest first, but as a tree of their common prefixes, so the engine tests each
    character once instead of trying every word in turn (a list of 60 words costs several times less)."""
    tree: dict[str, Any] = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        branches = [re.escape(char) + emit(child) for char, child in node.items() if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body  # greedy: a longer word first, else the one ending here

    return emit(tree)


# The characters `\s` matches in a str pattern (those `str.isspace` accepts), for use inside a class:
# the engine tests a class of listed characters about twice as fast as one holding the category.
SPACES = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
    "\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)


# Class escapes kept as they are in the set of first characters.
_CATEGORIES = {"CATEGORY_DIGIT": "\\d", "CATEGORY_SPACE": "\\s"}


@functools.lru_cache(maxsize=256)
def _parsed(pattern: str, flags: int) -> Any:
    """`pattern` parsed (read-only): a vocabulary pattern's tests (its openings, its alternatives grouped by
    opening) all read the same parse, which costs a one-file run more than the matching does."""
    import re._parser as P

    return P.parse(pattern, flags)


def opening_chars(
    pattern: str, flags: int = 0, *, scanned_too: bool = True, at_start: bool = False, past_start: bool = False
) -> set[str] | None:
    """The characters a match of `pattern` can start with ("\\d" and "\\s" standing for their
    classes), or None when that is not a short list ([^…], `.`, an anchor, a pattern that can match
    empty, flags) or, unless `scanned_too`, when the engine already scans for the pattern's opening
    (a literal or a class). With `at_start` (a pattern used with `.match` from a text's start), `^`
    is no anchor to give up on but always true; with `past_start` (matches anywhere but at the text's
    start), it is always false."""
    import re._constants as C

    class _Unknown(Exception):
        pass

    def seq(items: Any) -> tuple[set[str], bool]:
        chars: set[str] = set()
        for op, av in items:
            found, nullable = item(op, av)
            chars |= found
            if not nullable:
                return chars, False
        return chars, True

    def item(op: Any, av: Any) -> tuple[set[str], bool]:
        if op is C.LITERAL:
            return {chr(av)}, False
        if op is C.IN:
            chars: set[str] = set()
            for kind, value in av:
                if kind is C.LITERAL:
                    chars.add(chr(value))
                elif kind is C.RANGE and value[1] - value[0] < 2000:
                    chars.update(map(chr, range(value[0], value[1] + 1)))
                elif kind is C.CATEGORY and str(value) in _CATEGORIES:
                    chars.add(_CATEGORIES[str(value)])
                else:
                    raise _Unknown
            return chars, False
        if op is C.BRANCH:
            results = [seq(alt) for alt in av[1]]
            return set().union(*(r[0] for r in results)), any(r[1] for r in results)
        if op is C.SUBPATTERN:
            if av[1] or av[2]:
                raise _Unknown
            return seq(av[3])
        if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            found, nullable = seq(av[2])
            return found, nullable or av[0] == 0
        if op in (C.ASSERT, C.ASSERT_NOT) or (
            at_start and op is C.AT and av in (C.AT_BEGINNING, C.AT_BEGINNING_STRING)
        ):
            return set(), True  # zero width: the next item says what the match starts with
        if past_start and op is C.AT and av in (C.AT_BEGINNING, C.AT_BEGINNING_STRING):
            return set(), False  # never true: nothing after it starts a match
        raise _Unknown

    def scanned(items: Any) -> bool:
        """Whether the engine already scans for the pattern's opening (a literal or a class)."""
        op: Any
        av: Any
        op, av = items[0] if len(items) else (None, None)
        if op is C.SUBPATTERN and not av[1] and not av[2]:
            return scanned(av[3])
        if op is C.BRANCH:
            return all(len(alt) and alt[0][0] is C.LITERAL for alt in av[1])
        return op in (C.LITERAL, C.IN)

    try:
        parsed = _parsed(pattern, flags)
        if parsed.state.flags & ~(re.UNICODE | re.DEBUG) or (not scanned_too and scanned(parsed)):
            return None
        chars, nullable = seq(parsed)
    except _Unknown:
        return None
    return None if nullable or not chars else chars


def first_chars(pattern: str, flags: int = 0) -> str | None:
    """The characters a match of `pattern` can start with, as the body of a character class, or None
    when they cannot be listed or the engine already scans for them (`opening_chars`).

    Python's engine tries every alternative of a pattern at every position of the text; one that
    opens with optional parts or alternations gets no fast scan. `skip_ahead` uses this set."""
    chars = opening_chars(pattern, flags, scanned_too=False)
    if chars is None:
        return None
    return "".join(c if c in _CATEGORIES.values() else re.escape(c) for c in sorted(chars))


def skip_ahead(pattern: str, flags: int = 0) -> str:
    """`pattern` behind a lookahead for its first characters, when they can be listed: the same
    matches, but the engine rejects every other position with one test, and compiled by
    `compile_shared` it scans for them in C (several times faster for `search` and `finditer` over
    long text)."""
    chars = first_chars(pattern, flags)
    return pattern if chars is None else f"(?=[{chars}])(?:{pattern})"


def skip_past_start(pattern: str, flags: int = 0) -> str:
    """`pattern`, which has the text's start among its openings ("(?:^|[。；;])…"), behind a lookahead for
    the characters it can open with anywhere else: the matches it has past the start, for
    `finditer_past_start`. (The engine tries a pattern with `^` in its opening at every position of the
    text; behind the lookahead, compiled by `compile_shared`, it scans for those characters in C.)"""
    chars = opening_chars(pattern, flags, past_start=True)
    if chars is None:
        return pattern
    listed = "".join(c if c in _CATEGORIES.values() else re.escape(c) for c in sorted(chars))
    return f"(?=[{listed}])(?:{pattern})"


def finditer_past_start(
    pattern: re.Pattern[str] | LazyPattern, past_start: re.Pattern[str] | LazyPattern, text: str
) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)`, found with `past_start` (`pattern` made with `past_start=True`) after the
    match at the text's start, or after its first character where there is none."""
    first = pattern.match(text)
    if first is not None and first.end() == 0:
        yield from pattern.finditer(text)  # (an empty match: the next one may start at the same place)
        return
    if first is not None:
        yield first
    yield from past_start.finditer(text, first.end() if first is not None else 1)


class _NotGrouped(Exception):
    """A pattern `by_opening` leaves as it is."""


_MOST_ALTERNATIVES = 400  # spelled out, beyond which `by_opening` leaves a pattern as it is


def by_opening(pattern: str, flags: int = 0) -> str:
    """`pattern` as an alternation grouped by the character each alternative opens with, optional parts
    and nested alternations spelled out first: "(?:已经?)?完成|正在推进|已办结" becomes
    "(?:已(?:经?完成|办结)|完成|正在推进)". The same matches, each found by the same alternative, as
    alternatives that open with different characters never both match at one place, and spelling out
    keeps the order the engine tries them in (`A?B` is `AB|B`, `(?:A|B)C` is `AC|BC`). But at a position,
    the engine rejects an alternative that opens with another character in one test, without entering it:
    a list of phrases with optional openings (已经?, (?:正在)?) is tried at each position in a fraction of
    the time. Left as it is: a pattern with groups (spelling out would repeat them), one that ignores
    case, one with an alternative that opens with anything but a character once spelled out."""
    try:
        parsed = _parsed(pattern, flags)
        inline = parsed.state.flags & ~(flags | re.UNICODE)  # (flags set inside the pattern would be lost)
        if parsed.state.groups > 1 or inline or (flags | parsed.state.flags) & (re.IGNORECASE | re.VERBOSE):
            return pattern
        alternatives = _spelled_out(list(parsed.data))
        grouped: dict[int, list[list[tuple[Any, Any]]]] = {}
        for alternative in alternatives:
            grouped.setdefault(alternative[0][1], []).append(alternative[1:])
        branches = []
        for code, tails in grouped.items():
            rest = "|".join(_unparse(tail) for tail in tails)
            branches.append(re.escape(chr(code)) + (rest if len(tails) == 1 else f"(?:{rest})"))
        return "(?:" + "|".join(branches) + ")"
    except (_NotGrouped, re.error, RecursionError):
        return pattern


def _spelled_out(items: list[tuple[Any, Any]]) -> list[list[tuple[Any, Any]]]:
    """The alternatives of the sequence `items`, each opening with a character, in the order the engine
    tries them."""
    import re._constants as C

    if not items:
        raise _NotGrouped  # an alternative that can match nothing at all
    (op, av), rest = items[0], items[1:]
    if op is C.LITERAL:
        found = [items]
    elif op is C.SUBPATTERN and av[0] is None and not av[1] and not av[2]:
        found = _spelled_out(list(av[3]) + rest)
    elif op is C.BRANCH:
        found = [spelled for alternative in av[1] for spelled in _spelled_out(list(alternative) + rest)]
    elif op in (C.MAX_REPEAT, C.MIN_REPEAT) and av[0] == 0 and av[1] == 1:
        taken, skipped = _spelled_out(list(av[2]) + rest), _spelled_out(rest)
        found = taken + skipped if op is C.MAX_REPEAT else skipped + taken  # greedy: the part first
    else:
        raise _NotGrouped
    if len(found) > _MOST_ALTERNATIVES:
        raise _NotGrouped
    return found


_UNPARSED_CATEGORIES = {
    "CATEGORY_DIGIT": r"\d",
    "CATEGORY_NOT_DIGIT": r"\D",
    "CATEGORY_SPACE": r"\s",
    "CATEGORY_NOT_SPACE": r"\S",
    "CATEGORY_WORD": r"\w",
    "CATEGORY_NOT_WORD": r"\W",
}
_UNPARSED_AT = {
    "AT_BEGINNING": "^",
    "AT_END": "$",
    "AT_BEGINNING_STRING": r"\A",
    "AT_END_STRING": r"\Z",
    "AT_BOUNDARY": r"\b",
    "AT_NON_BOUNDARY": r"\B",
}


def _unparse(items: Any) -> str:
    """Pattern text for parsed `items` (the parts of a pattern without groups or flags)."""
    return "".join(_unparse_item(op, av) for op, av in items)


def _unparse_item(op: Any, av: Any) -> str:
    import re._constants as C

    if op is C.LITERAL:
        return re.escape(chr(av))
    if op is C.NOT_LITERAL:
        return f"[^{re.escape(chr(av))}]"
    if op is C.ANY:
        return "."
    if op is C.CATEGORY and str(av) in _UNPARSED_CATEGORIES:
        return _UNPARSED_CATEGORIES[str(av)]
    if op is C.AT and str(av) in _UNPARSED_AT:
        return _UNPARSED_AT[str(av)]
    if op is C.IN:
        return "[" + "".join(_unparse_member(kind, value) for kind, value in av) + "]"
    if op is C.BRANCH:
        return "(?:" + "|".join(_unparse(alternative) for alternative in av[1]) + ")"
    if op is C.SUBPATTERN and av[0] is None and not av[1] and not av[2]:
        return f"(?:{_unparse(av[3])})"
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        low, high, body = av
        high_text = "" if high is C.MAXREPEAT else str(high)
        lazy = {C.MAX_REPEAT: "", C.MIN_REPEAT: "?", C.POSSESSIVE_REPEAT: "+"}[op]
        return f"(?:{_unparse(body)}){{{low},{high_text}}}{lazy}"
    if op in (C.ASSERT, C.ASSERT_NOT):
        direction, body = av
        kind = ("<" if direction < 0 else "") + ("=" if op is C.ASSERT else "!")
        return f"(?{kind}{_unparse(body)})"
    raise _NotGrouped


def _unparse_member(kind: Any, value: Any) -> str:
    """One member of a character class."""
    import re._constants as C

    if kind is C.NEGATE:
        return "^"
    if kind is C.LITERAL:
        return re.escape(chr(value))
    if kind is C.RANGE:
        return f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}"
    if kind is C.CATEGORY and str(value) in _UNPARSED_CATEGORIES:
        return _UNPARSED_CATEGORIES[str(value)]
    raise _NotGrouped


def opener_test(*patterns: re.Pattern[str] | LazyPattern) -> Callable[[str], bool]:
    """A test of whether a line can start a match of any of `patterns`, each used with `.match` from the
    line's start: most lines of a notice start with none of their first characters, and one set lookup
    spares them the patterns. The set is read from the patterns on first use; when one of them can
    start with anything, every line passes. (A closure: calling it costs less than a failed match.)"""
    chars: frozenset[str] | None = None
    anything = digits = spaces = False

    def may_open(line: str) -> bool:
        nonlocal chars, anything, digits, spaces
        if chars is None:
            found: set[str] = set()
            for pattern in patterns:
                opening = opening_chars(pattern.pattern, pattern.flags & ~re.UNICODE, at_start=True)
                if opening is None:
                    anything = True
                    break
                found |= opening
            digits, spaces = "\\d" in found, "\\s" in found
            chars = frozenset(found - {"\\d", "\\s"})
        first = line[:1]
        # isdigit() and isspace() are supersets of \d and \s: a false "may" costs only the patterns.
        return first in chars or anything or (digits and first.isdigit()) or (spaces and first.isspace())

    return may_open


_DISPATCH_CACHE_LIMIT = 4096  # distinct first characters remembered (a hostile text may bring many)


def opener_dispatch(
    entries: Sequence[tuple[K, re.Pattern[str]]],
) -> Callable[[str], Sequence[tuple[K, re.Pattern[str]]]]:
    """For a line, the entries (in their order) whose pattern, used with `.match` from the line's start, can
    start with its first character: a list of heading forms tried one after another is spared the forms
    that cannot match (a line opening with 一 is not tried as (1), ① or 问题1). Read from the patterns on
    first use, remembered per first character."""
    openings: list[set[str] | None] | None = None
    cache: dict[str, tuple[tuple[K, re.Pattern[str]], ...]] = {}

    def candidates(line: str) -> Sequence[tuple[K, re.Pattern[str]]]:
        nonlocal openings
        first = line[:1]
        hit = cache.get(first)
        if hit is not None:
            return hit
        if openings is None:
            openings = [opening_chars(p.pattern, p.flags & ~re.UNICODE, at_start=True) for _, p in entries]
        hit = tuple(
            entry
            for entry, opening in zip(entries, openings)
            if opening is None
            or first in opening
            or ("\\d" in opening and first.isdigit())
            or ("\\s" in opening and first.isspace())
        )
        if len(cache) < _DISPATCH_CACHE_LIMIT:
            cache[first] = hit
        return hit

    return candidates
