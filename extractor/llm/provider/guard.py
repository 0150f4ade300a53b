"""Watches a streamed answer as it grows: stop it as soon as it is complete, repeating or not JSON.

A small model on a slow server can spend minutes generating the same lines until the output limit
(issue 14: 6,995 tokens, 313 s). Reading the stream lets the client stop at the first sign:
- `complete`: the top-level JSON value closed; whatever follows (chatter, a closing fence) is not
  needed, so the request ends there;
- `repeating`: the tail of the answer is one piece of text repeated (exact repeats only: items that
  differ in a number or a quote are left to the output-token budget and the grounding);
- `not JSON`: outside strings, a character no JSON value can hold, a bracket that closes the wrong
  container, or no JSON started within a screenful of text.
The check is incremental (each character is looked at once) apart from the repetition test, which
runs every `_EVERY` characters over the tail only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_OUTSIDE = set(" \t\r\n:,-+.0123456789eEtrufalsn")
_CLOSE = {"}": "{", "]": "["}
_EVERY = 32
_MAX_PERIOD = 400
_MIN_REPEATED = 160  # characters of exact repetition before an answer counts as repeating
_MAX_PREAMBLE = 600  # characters before the JSON starts (md_json prose, a fence), reasoning aside
_OPEN = re.compile(r"<(?:think|thinking|reasoning)>", re.I)
_SHUT = re.compile(r"</(?:think|thinking|reasoning)>", re.I)


def repeating_tail(text: str) -> int | None:
    """The period of an exact repetition at the end of `text`, if there is one: its last piece
    occurs at least three times in a row and the run covers `_MIN_REPEATED` characters."""
    size = len(text)
    for period in range(1, min(_MAX_PERIOD, size // 3) + 1):
        times = max(3, -(-_MIN_REPEATED // period))
        if period * times > size:
            break
        piece = text[size - period :]
        if text[size - period * times :] == piece * times:
            return period
    return None


def _thinking(text: str) -> bool:
    """Whether `text` ends inside a reasoning block (`<think>…`), where braces are prose."""
    return len(_OPEN.findall(text)) > len(_SHUT.findall(text))


def json_start(text: str) -> int | None:
    """Where the answer's JSON object begins: the first "{" outside reasoning blocks."""
    at = text.find("{")
    while at >= 0:
        if not _thinking(text[:at]):
            return at
        at = text.find("{", at + 1)
    return None


@dataclass
class AnswerGuard:
    """Feed it the answer's text as it arrives; `verdict` says whether to keep reading."""

    text: list[str] = field(default_factory=list)
    size: int = 0
    started: bool = False
    complete: bool = False
    problem: str | None = None
    repeated: int | None = None
    """The period of the repetition that stopped the answer (None when it did not repeat)."""
    _stack: list[str] = field(default_factory=list)
    _in_string: bool = False
    _escape: bool = False
    _checked: int = 0

    def feed(self, delta: str) -> str | None:
        """Take more of the answer. Returns None to go on, "complete", or why the answer is stopped."""
        if self.complete or self.problem:
            return self.verdict
        begin = 0
        if not self.started:
            start = json_start("".join(self.text) + delta)  # (never in text already fed: that had none)
            if start is None:
                self.text.append(delta)
                self.size += len(delta)
                if self.size > _MAX_PREAMBLE and not _thinking("".join(self.text)):
                    self.problem = f"no JSON in the first {_MAX_PREAMBLE} characters of the answer"
                return self.verdict
            self.started = True
            self._stack.append("{")
            begin = start - self.size + 1
        for offset in range(begin, len(delta)):
            self._char(delta[offset], self.size + offset)
            if self.complete or self.problem:
                self.text.append(delta[: offset + 1])
                self.size += offset + 1
                return self.verdict
        self.text.append(delta)
        self.size += len(delta)
        if self.size - self._checked >= _EVERY:
            self._checked = self.size
            joined = "".join(self.text)
            self.text = [joined]
            period = repeating_tail(joined)
            if period is not None:
                self.repeated = period
                self.problem = (
                    f"the answer degenerated into repetition (a {period}-character piece repeated) "
                    f"after {self.size} characters"
                )
        return self.verdict

    @property
    def verdict(self) -> str | None:
        return self.problem or ("complete" if self.complete else None)

    @property
    def answer(self) -> str:
        return "".join(self.text)

    def _char(self, char: str, at: int) -> None:
        if self._in_string:
            if self._escape:
                self._escape = False
            elif char == "\\":
                self._escape = True
            elif char == '"':
                self._in_string = False
            return
        if char == '"':
            self._in_string = True
        elif char in "{[":
            self._stack.append(char)
        elif char in _CLOSE:
            if not self._stack or self._stack.pop() != _CLOSE[char]:
                self.problem = f"the answer stopped being JSON at character {at}: a stray {char!r}"
            elif not self._stack:
                self.complete = True
        elif char not in _OUTSIDE:
            self.problem = f"the answer stopped being JSON at character {at}: {char!r} outside a string"
