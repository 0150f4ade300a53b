"""Prompt templates: one YAML file per variant in `prompts/`, validated on load.

A file holds metadata (name, version, description, the response model it fills) and two Jinja2
bodies, `system` and `user`, rendered in a sandboxed environment with undefined names as errors.
Adding a variant is adding a file; a new answer shape also needs an entry in
`extractor.llm.schemas.RESPONSE_MODELS`.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from jinja2 import StrictUndefined, TemplateError
from jinja2.sandbox import SandboxedEnvironment
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from extractor.llm.errors import PromptError
from extractor.llm.schemas import RESPONSE_MODELS

_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.\-]{0,63}$")
_ENV = SandboxedEnvironment(
    undefined=StrictUndefined, autoescape=False, trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=False
)


class PromptSpec(BaseModel):
    """The schema of a prompt file. Unknown keys are errors, so a typo cannot pass silently."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(description="Must equal the file name without .yaml.")
    version: str
    description: str = Field(min_length=1)
    response_model: str = Field(description="A key of extractor.llm.schemas.RESPONSE_MODELS.")
    temperature: float | None = Field(None, ge=0, le=2, description="Overrides EXTRACTOR_TEMPERATURE.")
    system: str = Field(min_length=1, description="Jinja2 body of the system message.")
    user: str = Field(min_length=1, description="Jinja2 body of the user message.")

    @field_validator("version", mode="before")
    @classmethod
    def _version_text(cls, value: Any) -> Any:
        return str(value) if isinstance(value, (int, float)) else value

    @field_validator("response_model")
    @classmethod
    def _known_model(cls, value: str) -> str:
        if value not in RESPONSE_MODELS:
            raise ValueError(f"unknown response model {value!r}: choose one of {', '.join(RESPONSE_MODELS)}")
        return value

    @field_validator("system", "user")
    @classmethod
    def _compiles(cls, value: str) -> str:
        try:
            _ENV.parse(value)
        except TemplateError as exc:
            raise ValueError(f"template does not compile: {exc}") from None
        return value


@dataclass(frozen=True)
class Prompt:
    """A loaded prompt: its spec, where it came from and the hash of its file content."""

    spec: PromptSpec
    path: Path
    sha256: str

    @property
    def name(self) -> str:
        return self.spec.name

    @property
    def response_model(self) -> type[BaseModel]:
        return RESPONSE_MODELS[self.spec.response_model]

    def render(self, **variables: Any) -> list[dict[str, str]]:
        """The chat messages for one request."""
        try:
            system = _template(self.spec.system).render(**variables).strip()
            user = _template(self.spec.user).render(**variables).strip()
        except TemplateError as exc:
            raise PromptError(f"prompt {self.name!r} does not render: {exc}") from None
        return [{"role": "system", "content": system}, {"role": "user", "content": user}]


@lru_cache(maxsize=128)
def _template(source: str) -> Any:
    """A template body compiled once (compiling costs more than rendering; Templates are thread-safe)."""
    return _ENV.from_string(source)


def list_prompts(directory: Path) -> list[str]:
    """Names of the prompt files in `directory`, sorted."""
    if not directory.is_dir():
        return []
    return sorted(p.stem for p in directory.glob("*.yaml") if _NAME.match(p.stem))


def load_prompt(name: str, directory: Path) -> Prompt:
    """Load and validate `directory/name.yaml`; PromptError names the file and the problem."""
    if not _NAME.match(name):
        raise PromptError(f"invalid prompt name {name!r}")
    path = directory / f"{name}.yaml"
    if not path.is_file():
        known = ", ".join(list_prompts(directory)) or "none"
        raise PromptError(f"unknown prompt {name!r} (in {directory}: {known})")
    data = path.read_bytes()
    return _parse(path, data, hashlib.sha256(data).hexdigest())


@lru_cache(maxsize=64)
def _parse(path: Path, data: bytes, sha: str) -> Prompt:
    try:
        raw = yaml.safe_load(data.decode("utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise PromptError(f"{path}: not valid YAML: {exc}") from None
    if not isinstance(raw, dict):
        raise PromptError(f"{path}: expected a mapping of fields")
    try:
        spec = PromptSpec.model_validate(raw)
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(map(str, e['loc'])) or 'file'}: {e['msg']}" for e in exc.errors())
        raise PromptError(f"{path}: {problems}") from None
    if spec.name != path.stem:
        raise PromptError(f"{path}: name {spec.name!r} does not match the file name")
    return Prompt(spec, path, sha)
