"""The create function instructor calls: the mode's request shape, streamed and watched.

instructor re-asks and parses; this function sends one request and hands back a whole
`ChatCompletion`, so instructor sees what it always sees. Streaming (EXTRACTOR_STREAM, on by
default) lets the answer be stopped the moment it is complete, repeating or no longer JSON
(`guard`), and closing the stream stops the generation on servers that notice (llama.cpp does),
where an abandoned non-streamed request would go on to its output limit. `json_object_schema` is
instructor's JSON mode with the response schema added to `response_format` (llama.cpp's servers
constrain the output to it). A `tools` request answered with plain content means the endpoint
ignores tools: `ModeIgnored` moves the request to the next mode (`modes`).
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from typing import Any

import openai
from openai.types.chat import ChatCompletion
from pydantic import BaseModel

from extractor.llm.parts import estimate_tokens
from extractor.llm.provider import endpoints
from extractor.llm.provider.guard import AnswerGuard

_FINISH = {"stop", "length", "tool_calls", "content_filter", "function_call"}


class AnswerStopped(Exception):
    """The answer was stopped while it streamed (repeating, not JSON, or cut off by the server)."""


class ModeIgnored(Exception):
    """The endpoint took the mode's request but answered as if the mode were not there."""


def make_create(
    sdk: openai.AsyncOpenAI,
    mode: str,
    response_model: type[BaseModel],
    *,
    stream: bool,
    endpoint: str,
) -> Callable[..., Awaitable[ChatCompletion]]:
    """An async `create(**kwargs)` for instructor: one request in `mode`, streamed when `stream`."""

    async def create(*args: Any, **kwargs: Any) -> ChatCompletion:
        if mode == "json_object_schema":
            kwargs["response_format"] = {"type": "json_object", "schema": response_model.model_json_schema()}
        if stream:
            completion = await streamed(sdk, kwargs, endpoint)
        else:
            completion = await sdk.chat.completions.create(*args, **kwargs)
        if mode == "tools":
            message = completion.choices[0].message if completion.choices else None
            if message is not None and not message.tool_calls and (message.content or "").strip():
                raise ModeIgnored("the endpoint answered a tools request without a tool call")
        return completion

    return create


async def streamed(sdk: openai.AsyncOpenAI, kwargs: dict[str, Any], endpoint: str) -> ChatCompletion:
    """One streamed request read into a `ChatCompletion`; stopped early by the guard."""
    response = await sdk.chat.completions.create(**kwargs, stream=True, stream_options={"include_usage": True})
    content, arguments = AnswerGuard(), AnswerGuard()
    call: dict[str, Any] = {}
    finish: str | None = None
    usage: Any = None
    pieces, ident, model = 0, "chatcmpl-stream", str(kwargs.get("model", ""))
    done = False
    try:
        async for chunk in response:
            ident, model = chunk.id or ident, chunk.model or model
            usage = chunk.usage or usage
            if not chunk.choices:
                continue
            choice = chunk.choices[0]
            finish = choice.finish_reason or finish
            delta = choice.delta
            if done:  # after a complete answer: take the finish and usage chunks, not more text
                if delta is not None and (delta.content or delta.tool_calls):
                    break
                continue
            verdict = None
            if delta is not None and delta.content:
                pieces += 1
                verdict = content.feed(delta.content)
            for tool in (delta.tool_calls or []) if delta is not None else []:
                call.setdefault("id", tool.id or "call_0")
                if tool.function is not None:
                    call["name"] = call.get("name") or tool.function.name
                    if tool.function.arguments:
                        pieces += 1
                        verdict = arguments.feed(tool.function.arguments)
            if content.repeated or arguments.repeated:
                raise AnswerStopped(verdict)  # asked again, a looping model loops again: no re-ask
            if verdict == "complete":
                done = True
            elif verdict:  # no longer JSON: instructor parses what came and re-asks
                finish = "stop"
                break
    finally:
        await response.close()
    if done:
        finish = "tool_calls" if call else "stop"
    if finish is None:
        known = endpoints.known(endpoint)
        if known is not None:
            known.settle(1, "the server ended an answer without finishing it (it interrupts a running answer)")
        raise AnswerStopped(f"the server ended the answer after {pieces} pieces without finishing it")
    return _completion(ident, model, content.answer, call, arguments.answer, finish, usage, kwargs, pieces)


def _completion(
    ident: str,
    model: str,
    content: str,
    call: dict[str, Any],
    arguments: str,
    finish: str,
    usage: Any,
    kwargs: dict[str, Any],
    pieces: int,
) -> ChatCompletion:
    """The streamed pieces as the whole answer instructor parses; usage estimated when not reported."""
    message: dict[str, Any] = {"role": "assistant", "content": content or None}
    if call:
        message["tool_calls"] = [
            {"id": call["id"], "type": "function", "function": {"name": call.get("name") or "", "arguments": arguments}}
        ]
    if usage is None:
        prompt = "".join(str(m.get("content") or "") for m in kwargs.get("messages", []) if isinstance(m, dict))
        usage = {
            "prompt_tokens": estimate_tokens(prompt),
            "completion_tokens": pieces,
            "total_tokens": estimate_tokens(prompt) + pieces,
        }
    return ChatCompletion.model_validate(
        {
            "id": ident,
            "object": "chat.completion",
            "created": int(time.time()),
            "model": model,
            "choices": [{"index": 0, "message": message, "finish_reason": finish if finish in _FINISH else "stop"}],
            "usage": usage if isinstance(usage, dict) else usage.model_dump(),
        }
    )
