"""The register window driven as an officer would: keyboard, forms, search, filters, undo."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit

from intlbase_desk import register
from intlbase_desk.infra import audit
from intlbase_desk.infra.changes import Changes
from intlbase_desk.ui.main_window import MainWindow
from intlbase_desk.ui.register.base_form import BaseForm
from intlbase_desk.ui.register.base_table_model import IdRole
from intlbase_desk.ui.register.org_form import Chosen, OrgChooser
from intlbase_desk.ui.shell.settings import settings
from tests.conftest import VALID_USCC
from tests.gui.conftest import activate, type_ime


def _names(window: MainWindow) -> list[str]:
    model = window.register.bases.model
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_window_title_names_the_profile(window: MainWindow) -> None:
    assert "北京市（2016）" in window.windowTitle()
    assert window.count_label.text() == "共 121 个基地"


def test_search_as_you_type_by_name_and_initials(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.register.bases.filters.search.hasFocus()
    type_ime(window.register.bases.filters.search, "星河生物")
    assert _names(window) == ["星河生物医药国际联合研究中心"]
    window.register.bases.filters.search.clear()
    qtbot.keyClicks(window.register.bases.filters.search, "xhswyy")
    assert _names(window) == ["星河生物医药国际联合研究中心"]
    window.register.bases.filters.search.clear()
    assert window.register.bases.model.rowCount() == 121


def test_filters_by_type_and_status(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    combo: QComboBox = window.register.bases.filters.base_type
    combo.setCurrentIndex(combo.findText("国际联合研究中心"))
    type_col = 1
    shown = {
        window.register.bases.model.index(r, type_col).data()
        for r in range(window.register.bases.model.rowCount())
    }
    assert shown == {"国际联合研究中心"}
    window.register.bases.filters.status.setCurrentIndex(
        window.register.bases.filters.status.findText("已撤销")
    )
    statuses = {
        window.register.bases.model.index(r, 6).data()
        for r in range(window.register.bases.model.rowCount())
    }
    assert statuses <= {"已撤销"}


def test_add_base_through_the_real_form(qtbot, window: MainWindow, drive, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    org_id = register.get_base(window.ws, 1).org_id
    monkeypatch.setattr(
        OrgChooser, "ask", classmethod(lambda cls, ws, parent=None: Chosen(org_id, Changes()))
    )

    def fill(form: BaseForm) -> bool:
        type_ime(form.editors["name"], "星河生物医药国际技术转移服务机构")
        combo = form.editors["base_type"]
        combo.setCurrentIndex(combo.findText("国际技术转移服务机构"))
        qtbot.mouseClick(form.editors["org_id"].button, Qt.MouseButton.LeftButton)
        qtbot.keyClicks(form.editors["email"], "wrong@")
        assert form.errors["email"].isVisible() and "邮箱" in form.errors["email"].text()
        form.editors["email"].clear()
        qtbot.keyClicks(form.editors["email"], "tt@example.cn")
        assert not form.errors["email"].isVisible()
        qtbot.keyClick(form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        return form.result() == form.DialogCode.Accepted

    opened = drive(fill)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(opened[0], BaseForm)
    new_id = opened[0].base_id
    assert new_id is not None
    saved = register.get_base(window.ws, new_id)
    assert (saved.base_type, saved.email, saved.status) == (
        "tech_transfer_agency",
        "tt@example.cn",
        "active",
    )
    assert window.register.bases.selected_base_id() == new_id
    assert window.count_label.text() == "共 122 个基地"


def test_form_refuses_to_save_with_errors_and_writes_nothing(qtbot, seeded) -> None:  # type: ignore[no-untyped-def]
    form = BaseForm(seeded)
    qtbot.addWidget(form)
    activate(qtbot, form)
    qtbot.keyClick(form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert form.isVisible()
    for key in ("name", "base_type", "org_id"):
        assert form.errors[key].isVisible(), key
    assert form.editors["name"].hasFocus()


def test_enter_opens_the_selected_base_and_edit_is_undoable(
    qtbot, window: MainWindow, drive
) -> None:  # type: ignore[no-untyped-def]
    window.register.bases.table.setFocus()
    window.register.bases.table.selectRow(0)
    base_id = window.register.bases.selected_base_id()
    assert base_id is not None
    old_leader = register.get_base(window.ws, base_id).leader

    def edit(form: BaseForm) -> bool:
        leader: QLineEdit = form.editors["leader"]
        leader.selectAll()
        type_ime(leader, "赵磊")
        return form.try_save()

    opened = drive(edit)
    qtbot.keyClick(window.register.bases.table, Qt.Key.Key_Return)
    assert isinstance(opened[0], BaseForm)
    assert register.get_base(window.ws, base_id).leader == "赵磊"
    with window.ws.db.transaction() as session:
        entry = audit.history(session, "base", base_id)[0]
    changes = {c.field: (c.before, c.after) for c in audit.changes(entry)}
    assert changes == {"leader": (old_leader, "赵磊")}
    assert window.act_undo.isEnabled()
    activate(qtbot, window)  # focus returns to the window when the dialog closes
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert register.get_base(window.ws, base_id).leader == old_leader
    window.act_redo.trigger()
    assert register.get_base(window.ws, base_id).leader == "赵磊"


def test_archive_and_restore(qtbot, window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from intlbase_desk.ui.shell.reason_dialog import ReasonDialog

    monkeypatch.setattr(ReasonDialog, "ask", classmethod(lambda cls, *a, **k: "重复登记"))
    window.register.bases.table.selectRow(0)
    base_id = window.register.bases.selected_base_id()
    window.register.act_archive.trigger()
    assert window.register.bases.model.rowCount() == 120
    assert register.get_base(window.ws, base_id).archived
    qtbot.mouseClick(window.register.bases.filters.archived, Qt.MouseButton.LeftButton)
    assert (
        window.register.bases.model.rowCount() == 1
        and window.register.act_archive.text() == "恢复…"
    )
    window.register.bases.table.selectRow(0)
    window.register.act_archive.trigger()
    assert not register.get_base(window.ws, base_id).archived


def test_column_layout_is_remembered(qtbot, seeded) -> None:  # type: ignore[no-untyped-def]
    first = MainWindow(seeded)
    qtbot.addWidget(first)
    first.register.bases.table.setColumnWidth(0, 333)
    first.register.bases.table.horizontalHeader().moveSection(2, 0)
    first.close()
    assert settings().value("main/register_header") is not None
    second = MainWindow(seeded)
    qtbot.addWidget(second)
    assert second.register.bases.table.columnWidth(0) == 333
    assert second.register.bases.table.horizontalHeader().visualIndex(2) == 0


def test_model_selection_carries_ids(window: MainWindow) -> None:
    ids = {
        window.register.bases.model.index(r, 0).data(IdRole)
        for r in range(window.register.bases.model.rowCount())
    }
    assert len(ids) == 121


def test_network_share_warning_is_shown(qtbot, seeded) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel

    seeded.on_network_share = True
    win = MainWindow(seeded)
    qtbot.addWidget(win)
    warning = win.findChild(QLabel, "network_warning")
    assert warning is not None and "网络共享" in warning.text()
    seeded.on_network_share = False
    plain = MainWindow(seeded)
    qtbot.addWidget(plain)
    assert plain.findChild(QLabel, "network_warning") is None


def test_a_host_added_while_choosing_reaches_the_organisations_view(
    qtbot, window: MainWindow, drive, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """The base form is cancelled, but the organisation added from it stays, and shows."""

    window.navigation.show_section("organizations")
    orgs = window.register.organizations
    assert orgs is not None
    before = orgs.model.rowCount()

    def add_one(cls, ws, parent=None):  # type: ignore[no-untyped-def]
        added = register.add_organization(
            ws, {"name": "北京嘉禾新材料有限公司", "uscc": VALID_USCC[0], "kind": "企业"}
        )
        return Chosen(added.id, added.changes)

    monkeypatch.setattr(OrgChooser, "ask", classmethod(add_one))

    def choose_then_cancel(form: BaseForm) -> bool:
        form.editors["org_id"].choose()
        form.reject()
        return False

    drive(choose_then_cancel)
    window.navigation.show_section("bases")
    window.register.act_new.trigger()
    assert orgs.model.rowCount() == before + 1


def test_an_undo_that_cannot_be_replayed_still_refreshes(
    qtbot, window: MainWindow, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from intlbase_desk.infra.errors import UserError
    from intlbase_desk.ui.shell import messages

    monkeypatch.setattr(messages, "warn", lambda *_: None)
    applied: list[object] = []
    window.shell.changed.connect(applied.append)

    def refuse(_values: dict[str, object]) -> None:
        raise UserError("已归档的基地不能修改，请先恢复")

    window.shell.push_edit("编辑基地", refuse, {"leader": "a"}, {"leader": "b"})
    window.act_undo.trigger()
    assert applied and applied[-1].bases  # type: ignore[attr-defined]
    assert not window.act_undo.isEnabled()  # the step is gone: it cannot be replayed
