"""The substring index gives the same first page as a plain LIKE, and follows every change."""

from __future__ import annotations

import pytest

from intlbase_desk import register
from intlbase_desk.infra.paged_query import PagedQuery, Sort
from intlbase_desk.register import base_query as rq
from intlbase_desk.register import search_index
from intlbase_desk.workspace import Workspace
from tests.conftest import base_form, org_form

NEEDLES = [
    "演示",
    "国际创新园",
    "研究院",
    "bjxh",
    "xhsw",
    "9111",
    "9111010",
    "星河生物",
    "无此名称",
    "100%",
    '"引号"',
    "ys",
    "a",
]


def _plain(conn, flt):  # type: ignore[no-untyped-def]
    return PagedQuery.page(register.BASE_QUERY, conn, flt, Sort(), 0, 200)


def _compare(ws: Workspace, **flt_args: object) -> None:
    with ws.db.reading() as conn:
        assert search_index.available(conn)
        for needle in NEEDLES:
            flt = register.BaseFilter(text=needle, **flt_args)  # type: ignore[arg-type]
            assert register.BASE_QUERY.page(conn, flt, Sort(), 0, 200) == _plain(conn, flt), needle


@pytest.fixture
def searchable(ws: Workspace, monkeypatch: pytest.MonkeyPatch) -> Workspace:
    register.fill_demo(ws, bases=600)
    org_id = register.add_organization(ws, org_form()).id
    register.add_base(ws, base_form(org_id))
    monkeypatch.setattr(rq, "HEAD", 40)  # so that the substring index answers most searches
    return ws


def test_index_and_like_agree(searchable: Workspace) -> None:
    _compare(searchable)
    _compare(searchable, base_type="innovation_park")
    _compare(searchable, archived=True)


def test_index_follows_edits_renames_and_archiving(searchable: Workspace) -> None:
    ws = searchable
    with ws.db.reading() as conn:
        target = register.BASE_QUERY.page(conn, register.BaseFilter(text="星河生物"), Sort(), 0, 1)[
            0
        ].id
    base = register.get_base(ws, target)
    register.update_base(
        ws, target, {**register.base_form_values(base), "name": "云杉海洋国际联合研究中心"}
    )
    register.update_organization(ws, base.org_id, org_form(name="北京云杉海洋科技有限公司"))
    with ws.db.reading() as conn:
        found = [
            r.id
            for r in register.BASE_QUERY.page(
                conn, register.BaseFilter(text="云杉海洋"), Sort(), 0, 200
            )
        ]
        gone = register.BASE_QUERY.page(
            conn, register.BaseFilter(text="星河生物医药国际"), Sort(), 0, 200
        )
    assert target in found and target not in [r.id for r in gone]
    register.set_base_archived(ws, target, True, "重复")
    _compare(ws)
    _compare(ws, archived=True)


def test_new_databases_have_the_index(ws: Workspace) -> None:
    with ws.db.reading() as conn:
        assert search_index.available(conn)
        assert conn.exec_driver_sql("SELECT count(*) FROM base_search").scalar() == 0


def test_database_without_fts5_falls_back_to_like(ws: Workspace) -> None:
    register.add_base(ws, base_form(register.add_organization(ws, org_form()).id))
    with ws.db.engine.begin() as conn:
        for trigger in ("insert", "delete", "update"):
            conn.exec_driver_sql(f"DROP TRIGGER base_search_{trigger}")
        conn.exec_driver_sql("DROP TABLE base_search")
    ws.db.engine.dispose()  # forget what pooled connections knew about the index
    with ws.db.reading() as conn:
        assert not search_index.available(conn)
        assert [
            r.name
            for r in register.BASE_QUERY.page(
                conn, register.BaseFilter(text="xhswyy"), Sort(), 0, 9
            )
        ] == ["星河生物医药国际联合研究中心"]
