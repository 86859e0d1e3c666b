"""The JSON output's models: the published schema (schemas/findings.schema.json) is generated
from them, and the json reporter serialises through them."""
from __future__ import annotations

from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field

JSON_VERSION = 1


class RelatedModel(BaseModel):
    model_config = ConfigDict(extra="forbid")
    start: int = Field(ge=0, description="code-point offset of the related span's start")
    end: int = Field(ge=0)
    line: int = Field(ge=1)
    column: int = Field(ge=1)
    end_line: int = Field(ge=1)
    end_column: int = Field(ge=1, description="column just past the span's last character")
    text: str


class FindingModel(BaseModel):
    # The position fields are RelatedModel's again, not inherited: pydantic puts inherited
    # fields first, and a finding's keys must read rule, severity, message, then the position.
    model_config = ConfigDict(extra="forbid")
    rule: str = Field(pattern=r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")
    severity: Literal["error", "warning", "info"]
    message: str
    start: int = Field(ge=0, description="code-point offset of the flagged span's start")
    end: int = Field(ge=0)
    line: int = Field(ge=1)
    column: int = Field(ge=1)
    end_line: int = Field(ge=1)
    end_column: int = Field(ge=1, description="column just past the span's last character")
    text: str
    related: list[RelatedModel] = []
    suggestion: Optional[str] = Field(None, description="the corrected text when certain; an empty string means: delete the span")


class FileModel(BaseModel):
    model_config = ConfigDict(extra="forbid")
    path: str
    language: Optional[str] = None
    findings: list[FindingModel] = []
    error: Optional[str] = None


class SummaryModel(BaseModel):
    model_config = ConfigDict(extra="forbid")
    files: int
    files_with_errors: int
    findings: int
    error: int
    warning: int
    info: int
    not_shown: int = Field(0, ge=0, description="findings left out by the cap per rule and file (--max-findings)")


class ReportModel(BaseModel):
    """factlint's JSON report (version 1)."""

    model_config = ConfigDict(extra="forbid", title="factlint report")
    version: Literal[1] = JSON_VERSION
    files: list[FileModel]
    summary: SummaryModel


def json_schema() -> dict:
    schema = ReportModel.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://github.com/factlint/factlint/schemas/findings.schema.json"
    return schema
