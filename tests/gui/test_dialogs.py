"""Status changes, history, organisations, rules: the dialogs around the register."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox

from intlbase_desk import register
from intlbase_desk.cli import collect_stats
from intlbase_desk.infra import audit
from intlbase_desk.models import Organization
from intlbase_desk.ui.main_window import MainWindow
from intlbase_desk.ui.register.base_form import BaseForm
from intlbase_desk.ui.register.history_dialog import HistoryDialog
from intlbase_desk.ui.register.org_form import OrgChooser, OrgForm
from intlbase_desk.ui.register.status_dialog import StatusDialog
from intlbase_desk.ui.shell.rules_dialog import RulesDialog
from intlbase_desk.workspace import Workspace
from tests.conftest import VALID_USCC, as_actor
from tests.gui.conftest import activate, type_ime


def _first_active(window: MainWindow) -> int:
    window.register.bases.filters.status.setCurrentIndex(
        window.register.bases.filters.status.findText("在册")
    )
    window.register.bases.table.selectRow(0)
    base_id = window.register.bases.selected_base_id()
    assert base_id is not None
    return base_id


def test_bj2016_14_status_dialog_offers_only_allowed_changes(
    qtbot, window: MainWindow, drive
) -> None:  # type: ignore[no-untyped-def]
    """BJ2016-14/15/16: from 在册 only 待评估 or 已撤销; 整改中 is refused."""
    base_id = _first_active(window)

    def inspect(dialog: StatusDialog) -> bool:
        targets = [dialog.target.itemText(i) for i in range(dialog.target.count())]
        assert [t.split(" — ")[0] for t in targets] == ["待评估", "已撤销"]
        assert not any(t.startswith("整改中") for t in targets)
        assert (
            "第十四条" in dialog.rule_text.toPlainText()
            and "BJ2016-14" in dialog.rule_text.toPlainText()
        )
        assert not dialog.trigger.isVisible()
        dialog.target.setCurrentIndex(1)
        assert dialog.trigger.isVisible() and "第十六条" in dialog.rule_text.toPlainText()
        dialog.reject()
        return False

    drive(inspect)
    window.register.act_status.trigger()
    assert register.get_base(window.ws, base_id).status == "active"


def test_status_change_needs_a_reason_then_is_audited(qtbot, window: MainWindow, drive) -> None:  # type: ignore[no-untyped-def]
    base_id = _first_active(window)

    def change(dialog: StatusDialog) -> bool:
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        assert dialog.isVisible() and "原因" in dialog.error.text()
        dialog.on.setDate(QDate(2024, 5, 6))
        type_ime(dialog.reason, "三年有效期满")
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        return dialog.result() == dialog.DialogCode.Accepted

    drive(change)
    window.register.act_status.trigger()
    assert register.get_base(window.ws, base_id).status == "evaluation_due"
    with window.ws.db.transaction() as session:
        entry = audit.history(session, "base", base_id)[0]
    assert entry.action == "status" and "三年有效期满" in entry.reason
    assert "第十四条" in entry.reason


def test_revoked_base_allows_no_further_change(qtbot, seeded: Workspace) -> None:  # type: ignore[no-untyped-def]

    register.change_status(
        seeded, 1, "revoked", on=dt.date(2024, 1, 2), reason="单位注销", trigger="unit_terminated"
    )
    dialog = StatusDialog(seeded, 1)
    qtbot.addWidget(dialog)
    assert dialog.target.count() == 0
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert dialog.findChild(type(dialog.error), "no_transition") is not None


def test_history_shows_who_when_before_after(qtbot, seeded: Workspace) -> None:  # type: ignore[no-untyped-def]
    values = register.base_form_values(register.get_base(seeded, 1))
    register.update_base(as_actor(seeded, "officer7"), 1, {**values, "leader": "赵磊"})
    dialog = HistoryDialog(seeded, "base", 1, "x")
    qtbot.addWidget(dialog)
    table = dialog.table
    first_row = [table.item(0, c).text() for c in range(table.columnCount())]
    assert first_row[1:6] == ["officer7", "修改", "基地负责人", "张敏", "赵磊"]
    actions = {table.item(r, 2).text() for r in range(table.rowCount())}
    assert "新建" in actions


def test_org_form_checks_uscc_as_typed_and_refuses_duplicates(qtbot, seeded: Workspace) -> None:  # type: ignore[no-untyped-def]
    form = OrgForm(seeded)
    qtbot.addWidget(form)
    activate(qtbot, form)
    type_ime(form.editors["name"], "北京云杉科技有限公司")
    qtbot.keyClicks(form.editors["uscc"], "911100001000145330")
    assert "校验位" in form.errors["uscc"].text() and form.errors["uscc"].isVisible()
    form.editors["uscc"].clear()
    qtbot.keyClicks(form.editors["uscc"], VALID_USCC[3].lower())  # the seeded host's code
    assert not form.errors["uscc"].isVisible()
    assert not form.try_save()
    assert "北京星河生物医药科技有限公司" in form.errors["uscc"].text()
    with seeded.db.reading() as conn:
        from sqlalchemy import func, select

        names = conn.execute(
            select(Organization.name).where(Organization.name == "北京云杉科技有限公司")
        ).all()
        assert names == [] and conn.execute(select(func.count()).select_from(Organization)).scalar()
    form.editors["uscc"].clear()
    qtbot.keyClicks(form.editors["uscc"], VALID_USCC[4])
    assert form.try_save() and form.org_id is not None
    assert register.get_organization(seeded, form.org_id).uscc == VALID_USCC[4]


def test_org_chooser_searches_by_initials(qtbot, seeded: Workspace) -> None:  # type: ignore[no-untyped-def]
    chooser = OrgChooser(seeded)
    qtbot.addWidget(chooser)
    qtbot.keyClicks(chooser.search, "bjxhsw")
    assert chooser.list.count() == 1
    assert chooser.list.item(0).text().startswith("北京星河生物医药科技有限公司")


def test_new_form_leaves_dates_empty(qtbot, seeded: Workspace) -> None:  # type: ignore[no-untyped-def]
    form = BaseForm(seeded)
    qtbot.addWidget(form)
    assert form.value("recognized_on") is None and form.value("valid_until") is None
    assert form.findChild(type(form.errors["name"]), "status_label").text() == "状态：在册"


def test_rules_dialog_lists_every_article(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    seeded = window.ws
    dialog = RulesDialog(window.shell)
    qtbot.addWidget(dialog)
    ids = [dialog.tree.topLevelItem(i).text(0) for i in range(dialog.tree.topLevelItemCount())]
    assert ids == [r.id for r in seeded.profile.rules] and "BJ2016-15" in ids


def test_escape_cancels_the_form_and_writes_nothing(qtbot, seeded: Workspace) -> None:  # type: ignore[no-untyped-def]

    before = collect_stats(seeded)
    form = BaseForm(seeded)
    qtbot.addWidget(form)
    activate(qtbot, form)
    type_ime(form.editors["name"], "不会保存的基地")
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert form.result() == form.DialogCode.Rejected and not form.isVisible()
    assert collect_stats(seeded) == before


def test_the_whole_article_is_readable_in_the_status_dialog(qtbot, seeded: Workspace) -> None:  # type: ignore[no-untyped-def]
    """The officer reads the article before deciding: all of it, scrolled if it is long."""
    dialog = StatusDialog(seeded, 1)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.target.setCurrentIndex(1)  # 已撤销 under 第十六条, a long article
    rule = seeded.profile.rule(dialog.transitions[1].rule)
    shown = dialog.rule_text.toPlainText()
    assert rule.text in shown and rule.summary in shown
    # What the box does not show at once, it scrolls to: the whole text can be reached.
    browser = dialog.rule_text
    reachable = browser.viewport().height() + browser.verticalScrollBar().maximum()
    assert reachable >= browser.document().size().height() - 1


def test_a_status_change_ends_the_undo_history(qtbot, window: MainWindow, drive) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+Z after a status change must not undo an earlier, unrelated edit behind it."""

    base_id = _first_active(window)

    def edit(form: BaseForm) -> bool:
        form.editors["leader"].selectAll()
        type_ime(form.editors["leader"], "赵磊")
        return form.try_save()

    drive(edit)
    window.register.act_edit.trigger()
    assert window.act_undo.isEnabled()

    def change(dialog: StatusDialog) -> bool:
        dialog.reason.setPlainText("三年有效期满")
        return dialog.try_apply()

    drive(change)
    window.register.act_status.trigger()
    assert register.get_base(window.ws, base_id).status == "evaluation_due"
    assert not window.act_undo.isEnabled() and window.shell.undo_stack.count() == 0
    assert "不能撤销" in window.statusBar().currentMessage()


def test_bases_past_validity_are_flagged_filtered_and_changed_together(
    qtbot, window: MainWindow, drive
) -> None:  # type: ignore[no-untyped-def]
    """The register shows which bases in force are past their validity, lists them, and moves
    several to evaluation at once: one reason and article, one transaction, each audited."""
    from PySide6.QtCore import QItemSelectionModel, Qt

    bases = window.register.bases
    qtbot.mouseClick(bases.filters.expired, Qt.MouseButton.LeftButton)
    bases.filters.status.setCurrentIndex(bases.filters.status.findText("在册"))
    model = bases.model
    assert model.rowCount() > 2
    valid_until = register.BASE_COLUMN_KEYS.index("valid_until")
    assert all(
        model.index(r, valid_until).data() < dt.date.today().isoformat()
        for r in range(model.rowCount())
    )
    assert model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "届满" in model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    selection = bases.table.selectionModel()
    for row in (0, 1):
        selection.select(
            model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    chosen = bases.selected_base_ids()
    assert len(chosen) == 2 and bases.selected_base_id() is None
    assert window.register.act_status.isEnabled() and not window.register.act_edit.isEnabled()

    def change(dialog: StatusDialog) -> bool:
        assert "、" in dialog.findChild(type(dialog.error), "bases").text()
        dialog.reason.setPlainText("三年有效期满")
        return dialog.try_apply()

    drive(change)
    window.register.act_status.trigger()
    assert {register.get_base(window.ws, b).status for b in chosen} == {"evaluation_due"}
    with window.ws.db.transaction() as session:
        for base_id in chosen:
            assert audit.history(session, "base", base_id)[0].action == "status"


def test_profile_values_show_their_basis_and_an_office_default_is_changed(
    qtbot, window, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from intlbase_desk.ui.shell import messages
    from intlbase_desk.ui.shell.profile_values import DEFAULT_COLOUR, ProfileValues

    dialog = RulesDialog(window.shell)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentIndex(1)
    panel: ProfileValues = dialog.values
    labels = [panel.table.item(r, 0).text() for r in range(panel.table.rowCount())]
    validity = labels.index("有效期（年）")
    assert panel.table.item(validity, 2).text() == "条款：第十四条（BJ2016-14）"
    panel.table.selectRow(validity)
    assert not panel.change_button.isEnabled()  # what an article states is not changed here
    due = labels.index("年度工作总结报送截止（月-日）")
    assert panel.table.item(due, 2).text().startswith("本处惯例：第十三条只要求")
    assert panel.table.item(due, 0).background().color() == DEFAULT_COLOUR
    panel.table.selectRow(due)
    assert panel.change_button.isEnabled()
    monkeypatch.setattr(panel, "ask", lambda _value: "11-30")
    monkeypatch.setattr(messages, "warn", lambda *_: pytest.fail("no warning expected"))
    qtbot.mouseClick(panel.change_button, Qt.MouseButton.LeftButton)
    assert window.ws.profile.annual_summary_due == "11-30"
    assert panel.table.item(due, 1).text() == "11-30"
    warned: list[str] = []
    monkeypatch.setattr(messages, "warn", lambda _p, text: warned.append(text))
    monkeypatch.setattr(panel, "ask", lambda _value: "年底")
    panel.table.selectRow(due)
    qtbot.mouseClick(panel.change_button, Qt.MouseButton.LeftButton)
    assert warned and "月-日" in warned[0] and window.ws.profile.annual_summary_due == "11-30"
