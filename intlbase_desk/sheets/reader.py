"""Reads spreadsheets: .xlsx, .xlsm, .xls, .ods and .csv (UTF-8, GBK, GB18030).

A file is read from disk once: the same bytes are checked, hashed (SHA-256, what an import
records) and parsed. Workbooks are parsed with python-calamine (a Rust reader: fast, and it
never expands XML entities); CSV with the standard library. Before a zipped workbook is opened
its entries are checked, so a zip bomb is refused in milliseconds; rows are read lazily, so a
sheet that claims a million rows costs what its real rows cost. Every failure is one
``UnreadableFile`` message.
"""

from __future__ import annotations

import csv
import hashlib
import io
import logging
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from intlbase_desk.infra import os_errors
from intlbase_desk.infra.errors import UserError

log = logging.getLogger(__name__)

MAX_FILE_BYTES = 100 * 1024 * 1024
MAX_UNZIPPED_BYTES = 500 * 1024 * 1024
MAX_RATIO = 200  # unzipped / zipped: real workbooks stay far below
MAX_ROWS = 200_000
# A run of blank rows this long ends a sheet: what lies beyond is formatting, not data.
BLANK_RUN_END = 1000
WORKBOOK_SUFFIXES = {".xlsx", ".xlsm", ".xls", ".ods"}
CSV_SUFFIXES = {".csv", ".txt"}


class UnreadableFile(UserError):
    """The file cannot be read as a spreadsheet at all."""


@dataclass(frozen=True)
class Sheet:
    name: str
    visible: bool
    first_row: int  # the Excel row number of rows[0]
    first_column: int  # 0 for column A
    rows: list[list[Any]]


@dataclass(frozen=True)
class Workbook:
    """A file as it was read: its name, the SHA-256 of its bytes and every sheet, in order."""

    file_name: str
    sha256: str
    sheets: list[Sheet]


def read(path: Path) -> Workbook:
    if not path.is_file():
        raise UnreadableFile(f"找不到文件：{path}")
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise UnreadableFile(f"文件过大（{size // 1024 // 1024} MB），不像是要导入的表格")
    suffix = path.suffix.lower()
    if suffix not in CSV_SUFFIXES | WORKBOOK_SUFFIXES:
        raise UnreadableFile(f"不支持的文件类型“{suffix}”：请提供 .xlsx、.xls、.ods 或 .csv 文件")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UnreadableFile(os_errors.describe(exc, path, writing=False)) from None
    digest = hashlib.sha256(data).hexdigest()
    if suffix in CSV_SUFFIXES:
        return Workbook(path.name, digest, [_read_csv(data, path.stem)])
    if data.startswith(b"PK"):
        _check_zip(data)
    elif data.startswith(bytes.fromhex("D0CF11E0A1B11AE1")) and suffix != ".xls":
        # An OLE container under an .xlsx name is what Excel writes for a password.
        raise UnreadableFile("文件已加密（设置了打开密码），请让报送单位去掉密码后重新发送")
    return Workbook(path.name, digest, _read_workbook(data))


def _check_zip(data: bytes) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            entries = archive.infolist()
    except (zipfile.BadZipFile, OSError) as exc:
        log.info("not a readable zip: %s", exc)
        raise UnreadableFile("文件已损坏或不完整（可能没有下载或复制完），无法打开") from None
    unzipped = sum(e.file_size for e in entries)
    zipped = max(1, sum(e.compress_size for e in entries))
    if unzipped > MAX_UNZIPPED_BYTES or unzipped / zipped > MAX_RATIO or len(entries) > 10_000:
        raise UnreadableFile("文件解压后异常庞大（疑似压缩炸弹），已拒绝打开")


def _read_workbook(data: bytes) -> list[Sheet]:
    from python_calamine import CalamineError, CalamineWorkbook, SheetVisibleEnum

    try:
        workbook = CalamineWorkbook.from_filelike(io.BytesIO(data))
        sheets = []
        for meta in workbook.sheets_metadata:
            sheet = workbook.get_sheet_by_name(meta.name)
            rows = list(_bounded(sheet.iter_rows()))
            start_row, start_column = sheet.start or (0, 0)
            visible = meta.visible == SheetVisibleEnum.Visible
            sheets.append(Sheet(meta.name, visible, start_row + 1, start_column, rows))
        workbook.close()
    except (CalamineError, ValueError, OSError) as exc:
        log.info("calamine refused the workbook: %s", exc)
        raise UnreadableFile("文件已损坏、不完整或已加密，无法读取") from None
    return sheets


def _bounded(rows: Iterator[list[Any]]) -> Iterator[list[Any]]:
    blank_run = 0
    for count, row in enumerate(rows):
        if count >= MAX_ROWS:
            raise UnreadableFile(f"工作表超过 {MAX_ROWS} 行，不像是要导入的表格")
        if any(cell not in ("", None) for cell in row):
            blank_run = 0
        else:
            blank_run += 1
            if blank_run >= BLANK_RUN_END:
                return
        yield row


def _read_csv(raw: bytes, name: str) -> Sheet:
    text = _decode(raw)
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    rows = [list(r) for r in csv.reader(io.StringIO(text), dialect)]
    return Sheet(name, True, 1, 0, list(_bounded(iter(rows))))


def _decode(raw: bytes) -> str:
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", errors="replace")
    for encoding in ("utf-8", "gb18030"):  # GB18030 is a superset of GBK
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise UnreadableFile("无法识别 CSV 文件的编码（应为 UTF-8、GBK 或 GB18030）")
