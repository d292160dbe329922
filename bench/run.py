"""Benchmark (not a test): prints one JSON object per scenario.

    python bench/run.py [--sizes 1000 10000 100000] [--repeat 5]

Scenarios, per register size:
- ``start``: a whole process from launch to a painted main window with the register shown
  (``intlbase-desk gui --exit-when-ready``), as seconds and as a ratio to a bare process that
  imports the same stack (PySide6.QtWidgets and sqlmodel) and paints an empty QMainWindow, timed
  in the same run (medians); with the peak memory of the app process.
- ``filter``: one search keystroke to an updated view (model reset and the viewport repainted),
  median over several queries, measured inside one process.
- ``open_form``: opening a base's form (built and shown).
- ``memory``: peak resident memory of that in-process run.
- ``import_dry_run``: ``import --dry-run --json`` of a 5,000-row recommendation sheet as a whole
  process, and its ratio to openpyxl's read-only pass over the same file in the same run.
- ``import_write``: writing those 5,000 checked rows (one transaction), and peak memory.
- ``scores``: a round of 300 targets scored by 7 experts on 10 lines: ``scores import --json``
  of the third party's 21,000-row summary, then ``evaluation results --json``, each a whole
  process, medians over the repetitions (goal: both together <= 2 s); ``results_view``: the 评估
  section opened on that round's results in the window (built, filled, painted), refreshed
  (goal: open <= 200 ms), and the same summary imported from the window up to its results
  painted. Each repetition starts from the round before any score came in.
- ``summaries_import``: ``summaries import`` of a folder of 300 returned per-base forms as a
  whole process, and its ratio to openpyxl opening those files read-only in the same run;
  ``summaries_board``: the 年度总结 board of 1,000 bases with ten years of summaries, opened.
- ``certificates``: issuing 1,000 certificates (numbering, fitting, drawing, logging) as a ratio
  to a bare reportlab loop drawing the same strings with the same font, in the same process.

Databases are built once under bench/out/ and reused. Processes run from compiled bytecode, as
an installed copy does (cached under bench/out/pycache).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
BARE = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
import sqlmodel
app = QApplication(sys.argv[:1])
w = QMainWindow()
class Painted(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, app.quit)
        return False
f = Painted()
w.installEventFilter(f)
w.resize(1280, 760)
w.show()
app.exec()
"""
QUERIES = ["演", "演示", "星河", "xh", "bjxh", "9111", "研究院", "zz", "国际创新园", "无此名称"]


def emit(**record: object) -> None:
    print(json.dumps(record, ensure_ascii=False), flush=True)


def env(eager: bool = False) -> dict[str, str]:
    """``eager``: the packages load all their modules at once (lazy_loader's EAGER_IMPORT), so
    that a timed write measures the work, not the first import of its modules."""
    home = OUT / "home"
    home.mkdir(parents=True, exist_ok=True)
    extra = {"EAGER_IMPORT": "1"} if eager else {}
    # As an installed copy runs: from compiled bytecode (pip and PyInstaller write it; a shell
    # with PYTHONDONTWRITEBYTECODE would compile every module of the app on every start).
    inherited = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    return {
        **inherited,
        "PYTHONPYCACHEPREFIX": str(OUT / "pycache"),
        "QT_QPA_PLATFORM": "offscreen",
        "INTLBASE_HOME": str(home),
        **extra,
    }


def compile_bytecode() -> None:
    """Once, before anything is timed (see ``env``)."""
    args = [sys.executable, "-m", "compileall", "-q", str(ROOT / "intlbase_desk")]
    subprocess.run(args, env=env(), check=True, capture_output=True)


def init_db(db: Path, demo_bases: int = 0) -> None:
    """A new database on the Beijing profile, optionally filled with demo bases."""
    demo = ["--demo", "--demo-bases", str(demo_bases)] if demo_bases else []
    args = [sys.executable, "-m", "intlbase_desk", "--db", str(db), "init"]
    args += ["--profile", "beijing-2016", *demo]
    subprocess.run(args, check=True, env=env(), capture_output=True)


def build(size: int) -> Path:
    db = OUT / f"register-{size}.sqlite3"
    if db.exists():
        return db
    OUT.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    init_db(db, size)
    emit(scenario="build", bases=size, seconds=round(time.perf_counter() - started, 2))
    return db


def timed_process(args: list[str], extra: dict[str, str] | None = None) -> tuple[float, int]:
    """Wall time and peak RSS (KiB) of one child process."""
    started = time.perf_counter()
    child = subprocess.Popen(
        args, env={**env(), **(extra or {})}, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    _, status, usage = os.wait4(child.pid, 0)
    elapsed = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"{args} failed with {status}")
    return elapsed, usage.ru_maxrss


def bench_start(db: Path, size: int, repeat: int) -> None:
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as script:
        script.write(BARE)
    app_args = [sys.executable, "-m", "intlbase_desk", "--db", str(db), "gui", "--exit-when-ready"]
    timed_process([sys.executable, script.name])  # warm the file cache once
    timed_process(app_args)
    bare, app, rss = [], [], []
    for _ in range(repeat):
        bare.append(timed_process([sys.executable, script.name])[0])
        seconds, peak = timed_process(app_args)
        app.append(seconds)
        rss.append(peak)
    os.unlink(script.name)
    emit(
        scenario="start",
        bases=size,
        seconds=round(statistics.median(app), 3),
        bare_seconds=round(statistics.median(bare), 3),
        ratio=round(statistics.median(app) / statistics.median(bare), 2),
        peak_mb=round(max(rss) / 1024, 1),
        goal="ratio <= 1.3 at 10,000 bases",
    )


def bench_in_process(db: Path, size: int) -> None:
    """Runs in a child so each size's memory is measured on its own."""
    code = f"""
import json, resource, statistics, sys, time
sys.path.insert(0, {str(ROOT)!r})
from PySide6.QtWidgets import QApplication
from intlbase_desk.ui.app import make_application
from intlbase_desk.ui.register.base_form import BaseForm
from intlbase_desk.ui.main_window import MainWindow
from intlbase_desk.workspace import open_workspace
app = make_application("zh_CN")
ws = open_workspace({str(db)!r})
window = MainWindow(ws)
window.show()
app.processEvents()
bases = window.register.bases
timings = []
for query in {QUERIES!r}:
    bases.filters.search.clear()
    app.processEvents()
    started = time.perf_counter()
    bases.filters.search.setText(query)   # textChanged: the same path as a keystroke
    bases.table.viewport().repaint()
    timings.append((time.perf_counter() - started) * 1000)
bases.filters.search.clear()
app.processEvents()
bases.table.selectRow(0)
base_id = bases.selected_base_id()
forms = []
for _ in range(5):
    started = time.perf_counter()
    form = BaseForm(ws, base_id, window)
    form.show()
    app.processEvents()
    forms.append((time.perf_counter() - started) * 1000)
    form.close()
    form.deleteLater()
print(json.dumps({{"filter_ms": timings, "form_ms": forms,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}}))
ws.close()
"""
    done = subprocess.run(
        [sys.executable, "-c", code], env=env(), capture_output=True, text=True, check=True
    )
    result = json.loads(done.stdout.strip().splitlines()[-1])
    emit(
        scenario="filter",
        bases=size,
        median_ms=round(statistics.median(result["filter_ms"]), 1),
        max_ms=round(max(result["filter_ms"]), 1),
        queries=len(QUERIES),
        goal="<= 50 ms at 100,000 bases",
    )
    emit(scenario="open_form", bases=size, median_ms=round(statistics.median(result["form_ms"]), 1))
    emit(
        scenario="memory",
        bases=size,
        peak_mb=round(result["peak_mb"], 1),
        goal="<= 300 MB at 100,000 bases",
    )


IMPORT_ROWS = 5000
OPENPYXL_PASS = """
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1], read_only=True)
for ws in wb.worksheets:
    for row in ws.iter_rows(values_only=True):
        pass
"""


def build_sheet() -> Path:
    """A recommendation sheet of IMPORT_ROWS valid rows, laid out as districts send them."""
    import random

    import openpyxl

    from intlbase_desk.text import uscc

    path = OUT / f"recommendation-{IMPORT_ROWS}.xlsx"
    if path.exists():
        return path
    OUT.mkdir(parents=True, exist_ok=True)
    rng = random.Random(5000)
    wb = openpyxl.Workbook(write_only=True)
    sheet = wb.create_sheet("推荐汇总表")
    sheet.append(["海淀区2025年度国际科技合作基地推荐汇总表"])
    sheet.append(["推荐单位（盖章）：海淀区科学技术局"])
    sheet.append(
        [
            "序号",
            "单位名称",
            "统一社会信用代码",
            "单位性质",
            "基地名称",
            "基地类型",
            "所属领域",
            "主要合作国家(地区)",
            "主要外方合作机构",
            "基地负责人",
            "联系人",
            "联系电话",
            "电子邮箱",
            "推荐单位",
            "备注",
            "所在楼宇",
            "邮编",
            "传真",
            "网址",
            "说明",
        ]
    )
    types = ["国际创新园", "国际技术转移服务机构", "国际联合研究中心", "国际科技合作示范基地"]
    for i in range(IMPORT_ROWS):
        body = "91110108" + "".join(rng.choice(uscc.ALPHABET) for _ in range(9))
        sheet.append(
            [
                i + 1,
                f"北京测试{i}科技有限公司",
                body + uscc.check_character(body),
                "企业",
                f"测试{i}国际联合研究中心",
                types[i % 4],
                "医药健康",
                "德国、法国",
                "Fraunhofer IPA",
                "王建国",
                "李敏",
                f"010-6{i:07d}",
                f"u{i}@example.cn",
                "海淀区科学技术局",
                "",
                "A座",
                "100080",
                "",
                "",
                "",
            ]
        )
    sheet.append(["填表人：李敏"])
    wb.save(path)
    return path


def bench_import(repeat: int) -> None:
    sheet = build_sheet()
    db = OUT / "import.sqlite3"
    for stale in OUT.glob("import.sqlite3*"):
        stale.unlink()
    init_db(db)
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as script:
        script.write(OPENPYXL_PASS)
    dry = [
        sys.executable,
        "-m",
        "intlbase_desk",
        "--db",
        str(db),
        "import",
        str(sheet),
        "--kind",
        "recommendation",
        "--dry-run",
        "--json",
    ]
    baseline, ours, rss = [], [], []
    for _ in range(repeat):
        baseline.append(timed_process([sys.executable, script.name, str(sheet)])[0])
        seconds, peak = timed_process(dry)
        ours.append(seconds)
        rss.append(peak)
    os.unlink(script.name)
    emit(
        scenario="import_dry_run",
        rows=IMPORT_ROWS,
        seconds=round(statistics.median(ours), 3),
        openpyxl_read_only_seconds=round(statistics.median(baseline), 3),
        ratio=round(statistics.median(ours) / statistics.median(baseline), 2),
        peak_mb=round(max(rss) / 1024, 1),
        goal="ratio <= 1.0, memory <= 200 MB",
    )
    code = f"""
import json, resource, sys, time
sys.path.insert(0, {str(ROOT)!r})
from pathlib import Path
from intlbase_desk import exchange
from intlbase_desk.workspace import open_workspace
ws = open_workspace({str(db)!r})
report = exchange.check_file(ws, Path({str(sheet)!r}), exchange.RECOMMENDATION)
started = time.perf_counter()
written = exchange.import_report(ws, report, exchange.RECOMMENDATION, call_year=2025)
seconds = time.perf_counter() - started
ws.close()
print(json.dumps({{"seconds": seconds, "written": written.written,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}}))
"""
    done = subprocess.run(
        [sys.executable, "-c", code],
        env=env(eager=True),
        capture_output=True,
        text=True,
        check=True,
    )
    result = json.loads(done.stdout.strip().splitlines()[-1])
    emit(
        scenario="import_write",
        rows=result["written"],
        seconds=round(result["seconds"], 3),
        peak_mb=round(result["peak_mb"], 1),
        goal="<= 1 s, memory <= 200 MB",
    )


CERTIFICATES = 1000


def bench_certificates() -> None:
    db = OUT / "certificates.sqlite3"
    for stale in OUT.glob("certificates.sqlite3*"):
        stale.unlink()
    init_db(db, CERTIFICATES + 300)
    code = f"""
import datetime as dt, json, sys, time
sys.path.insert(0, {str(ROOT)!r})
from pathlib import Path
from reportlab.pdfgen.canvas import Canvas
from intlbase_desk import certificates
from intlbase_desk.infra import clock
from intlbase_desk.models import Base, Organization
from intlbase_desk.workspace import open_workspace
ws = open_workspace({str(db)!r})
ids = certificates.bases_in_force(ws)[:{CERTIFICATES}]
fonts = certificates.resolve_fonts()
layout = certificates.load_layout("certificate-a4")
started = time.perf_counter()
out = Path({str(OUT / "certificates.pdf")!r})
issued = certificates.issue(ws, ids, out)
ours = time.perf_counter() - started
# The same strings, drawn as they come, with the same font: the floor for this PDF.
with ws.db.transaction() as session:
    strings = []
    for base_id in ids:
        base = session.get(Base, base_id)
        org = session.get(Organization, base.org_id)
        page = certificates.page_values(base, org, ws.profile, base.cert_no, clock.today())
        values = page.values
        strings.append([b.text.format(**values) for b in layout.blocks])
started = time.perf_counter()
font = fonts.roles["body"].name
size = (layout.width_mm * certificates.MM, layout.height_mm * certificates.MM)
canvas = Canvas({str(OUT / "bare.pdf")!r}, pagesize=size, initialFontName=font)
for page in strings:
    for index, text in enumerate(page):
        canvas.setFont(font, 18)
        canvas.drawCentredString(400, 500 - index * 40, text)
    canvas.showPage()
canvas.save()
bare = time.perf_counter() - started
ws.close()
print(json.dumps({{"seconds": ours, "bare": bare, "pages": issued.pages}}))
"""
    done = subprocess.run(
        [sys.executable, "-c", code],
        env=env(eager=True),
        capture_output=True,
        text=True,
        check=True,
    )
    result = json.loads(done.stdout.strip().splitlines()[-1])
    emit(
        scenario="certificates",
        pages=result["pages"],
        seconds=round(result["seconds"], 2),
        bare_reportlab_seconds=round(result["bare"], 2),
        ratio=round(result["seconds"] / result["bare"], 2),
        goal="ratio <= 3, <= 5 s",
    )


SCORE_TARGETS, SCORE_EXPERTS, SCORE_LINES = 300, 7, 10


def build_scores_round() -> tuple[Path, Path]:
    """A database with a round of SCORE_TARGETS bases, a drawn panel, and the summary sheet."""
    db, sheet = OUT / "scores.sqlite3", OUT / "scores-summary.xlsx"
    for stale in OUT.glob("scores.sqlite3*"):
        stale.unlink()
    code = f"""
import dataclasses, sys
sys.path.insert(0, {str(ROOT)!r})
import openpyxl
from intlbase_desk import evaluations, experts, register
from intlbase_desk.policy import office_settings
from intlbase_desk.text import uscc as codes
from intlbase_desk.workspace import open_workspace
ws = open_workspace({str(db)!r}, create_profile="beijing-2016")
kind, base_type = ws.profile.org_kinds.values[0], ws.profile.base_types[0].id
template = "；".join(f"指标{{i:02d}} 10" for i in range({SCORE_LINES}))
changed = office_settings.change(ws.db, ws.profile, ws.actor, f"scoring.{{base_type}}", template)
ws = dataclasses.replace(ws, profile=changed.profile)
targets = []
for i in range({SCORE_TARGETS}):
    body = f"91110108{{i:09d}}"
    code = body + codes.check_character(body)
    org = register.add_organization(ws, {{"name": f"评估单位{{i:03d}}", "uscc": code,
        "kind": kind, "district": ""}}).id
    register.add_base(ws, {{"org_id": org, "name": f"评估基地{{i:03d}}", "base_type": base_type,
        "field": "", "recognized_on": "2023-06-01", "cert_no": ""}})
    targets.append(code)
round_id = evaluations.open_round(ws, 2026).round.id
for i in range({SCORE_EXPERTS} + 2):
    experts.add_expert(ws, {{"name": f"评审专家{{i:02d}}", "phone": f"139{{i:08d}}"}})
evaluations.draw_panel(ws, round_id, base_type, seed="bench", size={SCORE_EXPERTS}, reserves=2)
members = [m.expert_id for m in evaluations.round_draws(ws, round_id)[0][1] if m.role == "member"]
names = {{e.id: e.name for e in experts.load_experts(ws)}}
ws.close()
wb = openpyxl.Workbook(write_only=True)
sheet = wb.create_sheet("汇总")
sheet.append(["序号", "专家姓名", "统一社会信用代码", "指标", "得分"])
n = 0
for t, code in enumerate(targets):
    for e in members:
        for line in range({SCORE_LINES}):
            n += 1
            sheet.append([n, names[e], code, f"指标{{line:02d}}", 5 + (t + e + line) % 6])
wb.save({str(sheet)!r})
"""
    subprocess.run([sys.executable, "-c", code], env=env(), check=True, capture_output=True)
    return db, sheet


VIEW = """
import json, sys, time
from pathlib import Path
sys.path.insert(0, {root!r})
from PySide6.QtWidgets import QApplication
from intlbase_desk import evaluations
from intlbase_desk.infra import collector
from intlbase_desk.ui.main_window import MainWindow
from intlbase_desk.workspace import open_workspace
app = QApplication(sys.argv[:1])
ws = open_workspace({db!r})
win = MainWindow(ws)
win.show()
collector.started()  # as ui.app.run does once the window is shown
app.processEvents()
started = time.perf_counter()
page = win.evaluations.show()
page.tabs.setCurrentWidget(page.result_table)
page.result_table.viewport().repaint()
app.processEvents()
opened = time.perf_counter() - started
rows = page.result_table.rowCount()
started = time.perf_counter()
page.refresh()
page.result_table.viewport().repaint()
app.processEvents()
refreshed = time.perf_counter() - started
# What 导入评分 does once the file is chosen (the check runs off the GUI thread there), up to
# the results painted; on the round as it was before the command line's import.
evaluations.undo_last_import(ws, 1)
page.refresh()
app.processEvents()
sheet = Path({sheet!r})
started = time.perf_counter()
checked = evaluations.check_scores_file(ws, 1, sheet)
page._write_checked(checked, sheet)
page.result_table.viewport().repaint()
app.processEvents()
imported = time.perf_counter() - started
written = checked.written
win.close()
ws.close()
print(json.dumps({{"opened": opened, "refreshed": refreshed, "rows": rows,
    "imported": imported, "written": written}}))
"""


def bench_scores(repeat: int) -> None:
    """Each repetition on a fresh copy of the round as it was before any score came in."""
    db, sheet = build_scores_round()
    fresh = OUT / "scores-before.sqlite3"
    shutil.copyfile(db, fresh)
    cli = [sys.executable, "-m", "intlbase_desk", "--db", str(db)]
    imports, results, views, peaks = [], [], [], []
    for _ in range(repeat):
        for stale in OUT.glob("scores.sqlite3*"):
            stale.unlink()
        shutil.copyfile(fresh, db)
        seconds, peak = timed_process(
            [*cli, "scores", "import", str(sheet), "--round", "1", "--json"]
        )
        imports.append(seconds)
        peaks.append(peak)
        seconds, peak = timed_process([*cli, "evaluation", "results", "--round", "1", "--json"])
        results.append(seconds)
        peaks.append(peak)
        done = subprocess.run(
            [sys.executable, "-c", VIEW.format(root=str(ROOT), db=str(db), sheet=str(sheet))],
            env=env(eager=True),
            capture_output=True,
            text=True,
            check=True,
        )
        views.append(json.loads(done.stdout.strip().splitlines()[-1]))
    together = [i + r for i, r in zip(imports, results, strict=True)]
    emit(
        scenario="scores",
        targets=SCORE_TARGETS,
        experts=SCORE_EXPERTS,
        lines=SCORE_LINES,
        rows=SCORE_TARGETS * SCORE_EXPERTS * SCORE_LINES,
        repeat=repeat,
        import_seconds=round(statistics.median(imports), 2),
        results_seconds=round(statistics.median(results), 2),
        seconds=round(statistics.median(together), 2),
        best_seconds=round(min(together), 2),
        peak_rss_mb=round(max(peaks) / 1024),
        goal="<= 2 s (median of the two processes together)",
    )
    emit(
        scenario="results_view",
        rows=views[0]["rows"],
        open_ms=round(statistics.median(v["opened"] for v in views) * 1000),
        best_open_ms=round(min(v["opened"] for v in views) * 1000),
        refresh_ms=round(statistics.median(v["refreshed"] for v in views) * 1000),
        window_import_seconds=round(statistics.median(v["imported"] for v in views), 2),
        written=views[0]["written"],
        goal="open <= 200 ms (median)",
    )


SUMMARY_FORMS, BOARD_BASES, BOARD_YEARS = 300, 1000, 10
OPEN_FORMS = """
import sys
from pathlib import Path
import openpyxl
for path in sorted(Path(sys.argv[1]).glob("*.xlsx")):
    openpyxl.load_workbook(path, read_only=True).close()
"""
FILL_FORMS = """
import sys
from pathlib import Path
import openpyxl
for n, path in enumerate(sorted(Path(sys.argv[1]).glob("*.xlsx"))):
    wb = openpyxl.load_workbook(path)
    sheet = wb["年度工作报表"]
    for row in range(6, sheet.max_row + 1):
        if sheet.cell(row, 3).value not in (None, "文字"):
            sheet.cell(row, 5).value = 50 + n % 5 - row  # a part (a later row) under its whole
    wb.save(path)
"""


def build_summary_forms() -> tuple[Path, Path, Path]:
    """A database of SUMMARY_FORMS bases with 2025 opened, and their forms filled in."""
    db, forms = OUT / "summaries.sqlite3", OUT / "summary-forms"
    for stale in OUT.glob("summaries.sqlite3*"):
        stale.unlink()
    shutil.rmtree(forms, ignore_errors=True)
    code = f"""
import sys
sys.path.insert(0, {str(ROOT)!r})
from pathlib import Path
from intlbase_desk import register, summaries
from intlbase_desk.workspace import open_workspace
ws = open_workspace({str(db)!r}, create_profile="beijing-2016")
register.fill_demo(ws, bases={SUMMARY_FORMS} + 40)
opened = summaries.open_campaign(ws, 2025)
keep = {{t.base_id for t in opened.targets[:{SUMMARY_FORMS}]}}
summaries.write_forms(ws, 2025, Path({str(forms)!r}))
ws.close()
"""
    run_env = {**env(), "INTLBASE_TODAY": "2025-12-10"}
    subprocess.run([sys.executable, "-c", code], env=run_env, check=True, capture_output=True)
    for extra in sorted(forms.glob("*.xlsx"))[SUMMARY_FORMS:]:
        extra.unlink()
    fresh = OUT / "summaries-before.sqlite3"
    shutil.copyfile(db, fresh)
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as script:
        script.write(FILL_FORMS)
    subprocess.run([sys.executable, script.name, str(forms)], check=True, capture_output=True)
    os.unlink(script.name)
    return db, fresh, forms


def bench_summaries(repeat: int) -> None:
    db, fresh, forms = build_summary_forms()
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as script:
        script.write(OPEN_FORMS)
    cli = [sys.executable, "-m", "intlbase_desk", "--db", str(db)]
    baseline, ours, rss = [], [], []
    for _ in range(repeat):
        for stale in OUT.glob("summaries.sqlite3*"):
            stale.unlink()
        shutil.copyfile(fresh, db)
        baseline.append(timed_process([sys.executable, script.name, str(forms)])[0])
        seconds, peak = timed_process(
            [*cli, "summaries", "import", str(forms), "--year", "2025", "--json"],
            extra={"INTLBASE_TODAY": "2025-12-10"},
        )
        ours.append(seconds)
        rss.append(peak)
    os.unlink(script.name)
    emit(
        scenario="summaries_import",
        forms=SUMMARY_FORMS,
        seconds=round(statistics.median(ours), 2),
        openpyxl_open_seconds=round(statistics.median(baseline), 2),
        ratio=round(statistics.median(ours) / statistics.median(baseline), 2),
        peak_mb=round(max(rss) / 1024),
        goal="<= 10 s, ratio <= 1.5",
    )
    bench_board(repeat)


BOARD = """
import json, sys, time
sys.path.insert(0, {root!r})
from PySide6.QtWidgets import QApplication
from intlbase_desk.infra import collector
from intlbase_desk.ui.main_window import MainWindow
from intlbase_desk.workspace import open_workspace
app = QApplication(sys.argv[:1])
ws = open_workspace({db!r})
win = MainWindow(ws)
win.show()
collector.started()  # as ui.app.run does once the window is shown
app.processEvents()
started = time.perf_counter()
page = win.summaries.show()
page.board.viewport().repaint()
app.processEvents()
opened = time.perf_counter() - started
rows = page.board.rowCount()
win.close()
ws.close()
print(json.dumps({{"opened": opened, "rows": rows}}))
"""


def build_board() -> Path:
    """BOARD_BASES bases with BOARD_YEARS years of summaries, each filed through the core."""
    db = OUT / "board.sqlite3"
    if db.exists():
        return db
    code = f"""
import os, sys
sys.path.insert(0, {str(ROOT)!r})
from pathlib import Path
import openpyxl
from intlbase_desk import register, summaries
from intlbase_desk.workspace import open_workspace
os.environ["INTLBASE_TODAY"] = "2025-12-20"
ws = open_workspace({str(db)!r}, create_profile="beijing-2016")
register.fill_demo(ws, bases={BOARD_BASES})
for year in range(2026 - {BOARD_YEARS}, 2026):
    summaries.open_campaign(ws, year)
    sheet = Path({str(OUT)!r}) / f"board-{{year}}.xlsx"
    summaries.write_unit_sheet(ws, year, sheet)
    wb = openpyxl.load_workbook(sheet)
    data = wb["年度工作报表汇总"]
    for row in range(2, data.max_row + 1):
        for column in range(3, data.max_column + 1):
            data.cell(row, column).value = 100 - column + (row + year) % 3
    wb.save(sheet)
    summaries.write_filings(ws, summaries.check_files(ws, year, [sheet]))
    sheet.unlink()
ws.close()
"""
    subprocess.run([sys.executable, "-c", code], env=env(), check=True, capture_output=True)
    return db


def bench_board(repeat: int) -> None:
    db = build_board()
    views = []
    for _ in range(repeat):
        done = subprocess.run(
            [sys.executable, "-c", BOARD.format(root=str(ROOT), db=str(db))],
            env={**env(eager=True), "INTLBASE_TODAY": "2025-12-20"},
            capture_output=True,
            text=True,
            check=True,
        )
        views.append(json.loads(done.stdout.strip().splitlines()[-1]))
    emit(
        scenario="summaries_board",
        bases=BOARD_BASES,
        years=BOARD_YEARS,
        rows=views[0]["rows"],
        open_ms=round(statistics.median(v["opened"] for v in views) * 1000),
        best_open_ms=round(min(v["opened"] for v in views) * 1000),
        goal="open <= 200 ms (median)",
    )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument(
        "--only",
        choices=["register", "import", "scores", "summaries", "certificates"],
        help="run one group only",
    )
    args = parser.parse_args()
    compile_bytecode()
    if args.only in (None, "register"):
        for size in args.sizes:
            db = build(size)
            bench_start(db, size, args.repeat)
            bench_in_process(db, size)
    if args.only in (None, "import"):
        bench_import(args.repeat)
    if args.only in (None, "scores"):
        bench_scores(args.repeat)
    if args.only in (None, "summaries"):
        bench_summaries(args.repeat)
    if args.only in (None, "certificates"):
        bench_certificates()
    return 0


if __name__ == "__main__":
    sys.exit(main())
