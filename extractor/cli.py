"""`python -m extractor FILE`: print the extraction of a notice.

Errors a user can fix (missing, empty, binary, undecodable file; unconfigured backend) print one
line and exit non-zero; they never show a traceback.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from extractor.errors import ExtractorError

_FORMATS = ("json", "jsonl", "md")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m extractor",
        description="Extract the issues and facts of a Chinese rectification notice (整改情况通报).",
    )
    parser.add_argument("file", help="the notice: a text file in UTF-8, UTF-16 or GB18030/GBK")
    parser.add_argument("--format", choices=_FORMATS, default="json", help="output format (default: json)")
    parser.add_argument("-o", "--output", help="write here instead of standard output")
    parser.add_argument(
        "--backend",
        choices=("auto", "rules", "llm"),
        default="auto",
        help="auto: the LLM when one is configured in .env, else rules (default)",
    )
    parser.add_argument("--prompt", help="LLM prompt template name (see prompts/)")
    parser.add_argument("--model", help="LLM model name (overrides EXTRACTOR_MODEL)")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    from extractor.api import extract
    from extractor.output import render

    try:
        extraction = extract(Path(args.file), backend=args.backend, prompt=args.prompt, model=args.model)
        rendered = render(extraction, args.format)
        if args.output:
            Path(args.output).write_text(rendered + ("" if rendered.endswith("\n") else "\n"), encoding="utf-8")
        else:
            sys.stdout.write(rendered + ("" if rendered.endswith("\n") else "\n"))
    except ExtractorError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"error: {exc.strerror or exc}: {getattr(exc, 'filename', '') or ''}".rstrip(": "), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    return 0
