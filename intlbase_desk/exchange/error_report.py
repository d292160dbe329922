"""The error report sent back to a district: its sheet, faulty cells coloured and commented."""

from __future__ import annotations

from pathlib import Path

from intlbase_desk.sheets import Report, write_findings

LEGEND = "红色单元格为错误（须改正后重新报送），黄色为提醒（请核实）；说明见单元格批注。"


def write_error_report(path: Path, report: Report) -> Path:
    return write_findings(path, report, LEGEND)
