"""What checking returned files gives: each base's filing, and every finding with its file,
sheet, row and cell."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from intlbase_desk.models import SummaryTarget


@dataclass(frozen=True)
class SummaryFinding:
    file: str
    sheet: str
    row: int
    field: str
    column: str
    value: str
    code: str
    message: str

    def as_dict(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in self.__dataclass_fields__}


@dataclass
class Filing:
    target: SummaryTarget
    values: dict[str, float]
    texts: dict[str, str]
    opinion: str
    file_name: str
    sha256: str
    source: str  # form | unit_sheet
    row: int = 0  # a unit sheet's row; 0: a form, the whole file is this base's


@dataclass
class CheckedFilings:
    year: int
    filings: list[Filing] = field(default_factory=list)
    errors: list[SummaryFinding] = field(default_factory=list)
    warnings: list[SummaryFinding] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    refused_files: set[str] = field(default_factory=set)
    refused_targets: dict[int, int] = field(default_factory=dict)  # target → errors in its file
    # Target → what its file said about it, each with its severity (error | warning): kept
    # with the base, so that its form in the window lists every check result of its file.
    findings_of: dict[int, list[tuple[str, SummaryFinding]]] = field(default_factory=dict)
    written: int = 0
    unchanged: int = 0

    def as_dict(self) -> dict[str, Any]:
        return {
            "year": self.year,
            "files": self.files,
            "filings": len(self.filings),
            "written": self.written,
            "unchanged": self.unchanged,
            "errors": [f.as_dict() for f in self.errors],
            "warnings": [f.as_dict() for f in self.warnings],
        }
